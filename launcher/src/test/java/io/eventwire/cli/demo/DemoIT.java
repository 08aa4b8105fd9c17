package io.eventwire.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.serde.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's first command, as a test: the whole pipeline on the embedded broker and the sample site. */
class DemoIT {

    @Test
    void theDemoRunsTheWholePipelineAndASecondRunReplacesItsOutput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        DemoSummary first = runDemo(out);

        assertEquals(1, first.crawl().skipped("robots-disallowed"), "the private page is never fetched");
        assertEquals(Set.of("zh", "en", "de"), first.languages().keySet());
        assertTrue(first.articles() >= 12, "articles: " + first.articles());
        assertTrue(first.duplicates() >= 2, "the syndicated copy and the near-duplicate: " + first.duplicates());
        assertTrue(first.sanctionsBySubtype().containsKey("ENTITY_LIST_ADDITION"), first.sanctionsBySubtype().toString());
        assertTrue(first.marketBySubtype().containsKey("STOCK_MOVE"), first.marketBySubtype().toString());
        assertTrue(first.consolidated() > 0);
        assertEquals(0, first.deadLettersByStage().values().stream().mapToLong(Long::longValue).sum(),
                "the sample site has no bad page: " + first.deadLettersByStage());

        assertEquals(first.articles(), idsIn(out.resolve("eventwire-articles")).size(),
                "every article is in the bulk files, once");
        assertTrue(Files.exists(out.resolve("templates")), "index templates are written beside the data");

        DemoSummary second = runDemo(out);
        assertEquals(first.articles(), second.articles());
        assertEquals(second.articles(), idsIn(out.resolve("eventwire-articles")).size(),
                "the second run replaced the first's files instead of adding to them");
    }

    @Test
    void aFolderTheDemoDidNotWriteIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThrows(IllegalArgumentException.class, () -> OutputFolder.prepare(dir));
        assertTrue(Files.exists(dir.resolve("notes.txt")));
    }

    private static DemoSummary runDemo(Path out) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        DemoSummary summary = new Demo(new DemoOptions(Optional.empty(), out, Optional.empty(), Optional.empty(),
                false, 0), new PrintStream(console, true, StandardCharsets.UTF_8)).run();
        assertTrue(console.toString(StandardCharsets.UTF_8).contains("Eventwire demo summary"));
        return summary;
    }

    /** The {@code _id}s of the index actions in a folder of bulk files; a doubled id fails the test. */
    private static Set<String> idsIn(Path folder) throws IOException {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ndjson")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i += 2) {
                    JsonNode action = Json.MAPPER.readTree(lines.get(i));
                    String id = action.path("index").path("_id").asText();
                    assertTrue(ids.add(id), "doubled _id " + id + " in " + file);
                }
            }
        }
        return ids;
    }
}
