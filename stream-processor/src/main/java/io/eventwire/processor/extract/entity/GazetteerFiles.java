package io.eventwire.processor.extract.entity;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.serde.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Organisation lists a user adds to the built-in gazetteer (setting {@code gazetteer.files}), read by their
 * format: the Consolidated Screening List as {@code .csv} or {@code .json} (with {@code results}),
 * OpenSanctions FollowTheMoney as {@code .jsonl}/{@code .ndjson}, or Eventwire's own gazetteer {@code .json}.
 */
public final class GazetteerFiles {

    private GazetteerFiles() {
    }

    /** The default gazetteer plus every file of a comma-separated list (blank: the default alone). */
    public static Gazetteer defaultsPlus(String commaSeparatedPaths) {
        Gazetteer gazetteer = Gazetteer.defaults();
        if (commaSeparatedPaths == null || commaSeparatedPaths.isBlank()) {
            return gazetteer;
        }
        List<Entity> more = new ArrayList<>();
        for (String path : commaSeparatedPaths.split(",")) {
            if (!path.isBlank()) {
                more.addAll(read(Path.of(path.trim())));
            }
        }
        return gazetteer.plus(more);
    }

    public static List<Entity> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (name.endsWith(".csv")) {
                return PublicLists.screeningListCsv(new StringReader(text));
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return PublicLists.openSanctions(new StringReader(text));
            }
            if (name.endsWith(".json")) {
                return readJson(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer file " + file, e);
        }
        throw new IllegalArgumentException("unknown gazetteer file type (want .csv, .json, .jsonl): " + file);
    }

    private static List<Entity> readJson(String text) throws IOException {
        JsonNode root = Json.MAPPER.readTree(text);
        if (root.has("results")) {
            try (Reader reader = new StringReader(text)) {
                return PublicLists.screeningListJson(reader);
            }
        }
        try (InputStream in = new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            return GazetteerFile.read(in);
        }
    }
}
