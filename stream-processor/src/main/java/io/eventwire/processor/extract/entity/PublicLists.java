package io.eventwire.processor.extract.entity;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.serde.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Readers for the public lists users already keep, as gazetteer {@link Entity entities} (kind
 * {@code company}, or {@code organization} for public bodies) that {@link Gazetteer#plus} adds:
 * <ul>
 *   <li>the US Consolidated Screening List as JSON ({@code {"results":[{"name","alt_names","source","country",
 *       "type",...}]}}, the country also taken from the first of {@code addresses}) or CSV (a header row naming
 *       {@code name}, {@code alt_names}, {@code source}, {@code country}, {@code type}, {@code id} or {@code _id};
 *       alternative names separated by {@code ;});</li>
 *   <li>OpenSanctions FollowTheMoney JSON lines ({@code {"id","schema":"Company","properties":{"name":[...],
 *       "alias":[...],"country":[...]}}}).</li>
 * </ul>
 * People and vessels are skipped: the extractors look for organisations.
 */
public final class PublicLists {

    private static final Set<String> FTM_ORGANISATIONS = Set.of("Company", "Organization", "LegalEntity",
            "PublicBody");
    private static final Set<String> CSL_SKIPPED_TYPES = Set.of("individual", "vessel", "aircraft");
    private static final Pattern ALT_NAME_SEPARATOR = Pattern.compile("\\s*;\\s*");

    private PublicLists() {
    }

    /** The organisations of a Consolidated Screening List JSON document. */
    public static List<Entity> screeningListJson(Reader in) throws IOException {
        List<Entity> entities = new ArrayList<>();
        for (JsonNode row : Json.MAPPER.readTree(in).path("results")) {
            List<String> altNames = row.path("alt_names").isTextual()
                    ? split(row.path("alt_names").asText()) : GazetteerFile.strings(row.path("alt_names"));
            String country = GazetteerFile.text(row, "country");
            if (country == null) {
                country = GazetteerFile.text(row.path("addresses").path(0), "country");
            }
            String id = GazetteerFile.text(row, "id");
            screeningEntry(id != null ? id : GazetteerFile.text(row, "_id"), GazetteerFile.text(row, "name"), altNames,
                    GazetteerFile.text(row, "source"), country, GazetteerFile.text(row, "type"), entities);
        }
        return entities;
    }

    /** The organisations of a Consolidated Screening List CSV file (header row first). */
    public static List<Entity> screeningListCsv(Reader in) throws IOException {
        List<List<String>> rows = Csv.read(in);
        List<Entity> entities = new ArrayList<>();
        if (rows.isEmpty()) {
            return entities;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!columns.containsKey("name")) {
            throw new IOException("a screening list CSV needs a 'name' column; header: " + header);
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            String id = cell(row, columns, "id");
            screeningEntry(id != null ? id : cell(row, columns, "_id"), cell(row, columns, "name"),
                    split(cell(row, columns, "alt_names")), cell(row, columns, "source"),
                    cell(row, columns, "country"), cell(row, columns, "type"), entities);
        }
        return entities;
    }

    /** The organisations of OpenSanctions FollowTheMoney entities, one JSON object a line. */
    public static List<Entity> openSanctions(Reader in) throws IOException {
        List<Entity> entities = new ArrayList<>();
        BufferedReader lines = new BufferedReader(in);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = Json.MAPPER.readTree(line);
            String schema = node.path("schema").asText();
            if (!FTM_ORGANISATIONS.contains(schema)) {
                continue;
            }
            JsonNode properties = node.path("properties");
            List<String> names = GazetteerFile.strings(properties.path("name"));
            if (names.isEmpty()) {
                continue;
            }
            List<String> aliases = new ArrayList<>(names);
            for (String field : List.of("alias", "weakAlias", "previousName")) {
                aliases.addAll(GazetteerFile.strings(properties.path(field)));
            }
            List<String> countries = GazetteerFile.strings(properties.path("country"));
            String country = countries.isEmpty() ? null : countries.get(0).toUpperCase(Locale.ROOT);
            String kind = "PublicBody".equals(schema) ? Entity.ORGANIZATION : Entity.COMPANY;
            entities.add(new Entity("opensanctions:" + node.path("id").asText(names.get(0)), names.get(0), kind,
                    country, aliases, List.of(), Set.of(), null));
        }
        return entities;
    }

    private static void screeningEntry(String id, String name, List<String> altNames, String source, String country,
                                       String type, List<Entity> entities) {
        if (name == null || name.isBlank()
                || (type != null && CSL_SKIPPED_TYPES.contains(type.strip().toLowerCase(Locale.ROOT)))) {
            return;
        }
        String key = id != null && !id.isBlank() ? id.strip() : slug(name) + (source == null ? "" : "-" + slug(source));
        entities.add(new Entity("csl:" + key, name.strip(), Entity.COMPANY,
                country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT),
                altNames, List.of(), Set.of(), null));
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(ALT_NAME_SEPARATOR.split(value.strip())).filter(s -> !s.isBlank()).toList();
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.size() ? null : row.get(index);
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
