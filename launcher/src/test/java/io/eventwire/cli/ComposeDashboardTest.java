package io.eventwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.record.MarketSubtype;
import io.eventwire.contracts.record.SanctionSubtype;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.sink.document.DocumentMapper;
import io.eventwire.sink.document.IndexKind;
import io.eventwire.sink.document.IndexLayout;
import io.eventwire.sink.template.IndexTemplates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kibana saved objects that {@code kibana-setup} imports (deploy/kibana/eventwire-dashboard.ndjson): well-formed,
 * self-contained (every reference resolves inside the file), and about the indexes and fields the sink really writes.
 * Index names and field types are read from the sink's own {@link IndexLayout} and {@link IndexTemplates}, with the
 * settings the compose file's sink service runs with. Whether Kibana 8 renders the objects is not checked here.
 */
class ComposeDashboardTest {

    private static final Set<String> TYPES = Set.of("index-pattern", "visualization", "lens", "search", "dashboard");
    private static final Set<String> NUMERIC = Set.of("long", "integer", "short", "byte", "double", "float",
            "half_float", "scaled_float");
    /** Field types an aggregation can bucket or count distinct values of (a text field cannot). */
    private static final Set<String> AGGREGATABLE = union(NUMERIC, Set.of("keyword", "date", "boolean", "ip"));
    private static final int GRID_COLUMNS = 48;

    private static List<JsonNode> objects;
    private static Map<String, JsonNode> byKey;
    /** The sink's indexes under the settings of the compose file's sink service. */
    private static IndexLayout layout;
    /** Index name to field path to field type, from the sink's templates. */
    private static Map<String, Map<String, Field>> indexes;

    record Field(String type, boolean nested) {
    }

    @BeforeAll
    static void read() throws IOException {
        Path file = DeployFiles.root().resolve("deploy/kibana/eventwire-dashboard.ndjson");
        objects = new ArrayList<>();
        byKey = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertFalse(line.isBlank(), "line " + (i + 1) + " is blank: NDJSON has one object per line");
            JsonNode object = DeployFiles.JSON.readTree(line);
            assertTrue(object.isObject(), "line " + (i + 1));
            for (String field : List.of("type", "id", "attributes")) {
                assertTrue(object.hasNonNull(field), "line " + (i + 1) + " has " + field);
            }
            assertTrue(TYPES.contains(object.path("type").asText()), "line " + (i + 1) + ": " + object.path("type"));
            assertTrue(byKey.put(key(object.path("type").asText(), object.path("id").asText()), object) == null,
                    "line " + (i + 1) + ": duplicate " + key(object.path("type").asText(), object.path("id").asText()));
            objects.add(object);
        }

        Settings sink = DeployFiles.sinkSettings(DeployFiles.compose());
        layout = new IndexLayout(new Topics(sink.getOrDefault("topic.prefix", "")),
                sink.require("index.prefix"), sink.getBoolean("include.dlq", false));
        indexes = new LinkedHashMap<>();
        IndexTemplates.all(layout).forEach((name, template) -> {
            try {
                JsonNode properties = DeployFiles.JSON.readTree(template).path("template").path("mappings")
                        .path("properties");
                Map<String, Field> fields = new HashMap<>();
                flatten("", properties, false, fields);
                indexes.put(name, fields);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void theFileHoldsDataViewsVisualizationsSavedSearchesAndOneDashboard() {
        assertEquals(1, ofType("dashboard").size(), "one dashboard");
        assertTrue(ofType("visualization").size() + ofType("lens").size() >= 3, "the three charts");
        assertFalse(ofType("search").isEmpty(), "a table of the latest events");
        assertFalse(ofType("index-pattern").isEmpty(), "data views");
        for (JsonNode object : objects) {
            assertTrue(object.path("attributes").hasNonNull("title"), key(object) + " has a title");
        }
    }

    @Test
    void everyReferencePointsToAnObjectOfTheFile() {
        for (JsonNode object : objects) {
            for (JsonNode reference : object.path("references")) {
                assertTrue(reference.hasNonNull("name"), key(object) + ": a reference has a name");
                String target = key(reference.path("type").asText(), reference.path("id").asText());
                assertTrue(byKey.containsKey(target), key(object) + " references " + target + ", not in the file");
            }
        }
    }

    @Test
    void everyDataViewIsAboutIndexesTheSinkWritesAndTimesThemByTimestamp() {
        Set<String> covered = new HashSet<>();
        for (JsonNode view : ofType("index-pattern")) {
            JsonNode attributes = view.path("attributes");
            assertEquals(DocumentMapper.TIMESTAMP_FIELD, attributes.path("timeFieldName").asText(), key(view));
            for (String index : indexesOf(view)) {
                assertTrue(indexes.containsKey(index), key(view) + ": the sink writes no index " + index
                        + " (it writes " + indexes.keySet() + ")");
                assertEquals("date", indexes.get(index).get(DocumentMapper.TIMESTAMP_FIELD).type(), index);
                covered.add(index);
            }
        }
        assertEquals(indexes.keySet(), covered, "a data view for every index the compose file's sink writes");
    }

    @Test
    void theViewsOfTheSanctionAndMarketIndexesAreTheOnesTheChartsUse() {
        String sanctions = layout.indexName(IndexKind.SANCTIONS);
        String market = layout.indexName(IndexKind.MARKET);
        assertEquals(List.of(sanctions, market), indexesOf(dataViewOf(object("visualization",
                "eventwire-events-over-time"))));
        assertEquals(List.of(sanctions), indexesOf(dataViewOf(object("visualization", "eventwire-most-sanctioned"))));
        assertEquals(List.of(market), indexesOf(dataViewOf(object("visualization", "eventwire-market-moves"))));
    }

    @Test
    void everyAggregationUsesAFieldOfItsIndexesThatItCanAggregate() throws IOException {
        for (JsonNode visualization : ofType("visualization")) {
            JsonNode state = DeployFiles.JSON.readTree(visualization.path("attributes").path("visState").asText());
            assertTrue(state.path("aggs").size() > 0, key(visualization) + " has aggregations");
            List<String> views = indexesOf(dataViewOf(visualization));
            for (JsonNode agg : state.path("aggs")) {
                String type = agg.path("type").asText();
                if (!agg.path("params").has("field")) {
                    assertEquals("count", type, key(visualization) + ": only count needs no field");
                    continue;
                }
                String name = agg.path("params").path("field").asText();
                for (String index : views) {
                    Field field = indexes.get(index).get(name);
                    String where = key(visualization) + ": " + type + " on " + name + " in " + index;
                    assertNotNull(field, where + ": no such field in the sink's template");
                    // Kibana's aggregation editors leave out fields under a nested mapping.
                    assertFalse(field.nested(), where + ": a nested field");
                    switch (type) {
                        case "date_histogram" -> assertEquals("date", field.type(), where);
                        case "avg", "sum", "min", "max", "median" ->
                                assertTrue(NUMERIC.contains(field.type()), where + ": " + field.type());
                        default -> assertTrue(AGGREGATABLE.contains(field.type()), where + ": " + field.type());
                    }
                }
            }
        }
    }

    @Test
    void everySavedSearchShowsFieldsOfItsIndexesSortedNewestFirst() {
        for (JsonNode search : ofType("search")) {
            List<String> views = indexesOf(dataViewOf(search));
            JsonNode attributes = search.path("attributes");
            assertTrue(attributes.path("columns").size() > 0, key(search));
            for (JsonNode column : attributes.path("columns")) {
                for (String index : views) {
                    assertTrue(indexes.get(index).containsKey(column.asText()),
                            key(search) + ": column " + column.asText() + " is not a field of " + index);
                }
            }
            assertEquals(DocumentMapper.TIMESTAMP_FIELD, attributes.path("sort").path(0).path(0).asText(), key(search));
            assertEquals("desc", attributes.path("sort").path(0).path(1).asText(), key(search));
        }
        List<String> latest = new ArrayList<>();
        object("search", "eventwire-latest-events").path("attributes").path("columns")
                .forEach(c -> latest.add(c.asText()));
        assertTrue(latest.contains("evidence.sentence") && latest.contains("subtype") && latest.contains("targets.name"),
                "the latest events come with their evidence: " + latest);
    }

    @Test
    void queriesNameFieldsOfTheirIndexesAndSubtypesOfTheContracts() throws IOException {
        Set<String> subtypes = new HashSet<>();
        Stream.of(SanctionSubtype.values()).forEach(s -> subtypes.add(s.name()));
        Stream.of(MarketSubtype.values()).forEach(s -> subtypes.add(s.name()));
        Pattern term = Pattern.compile("([A-Za-z@][\\w.@]*)\\s*:\\s*\"?([^\"\\s)]*)\"?");
        for (JsonNode object : objects) {
            JsonNode source = object.path("attributes").path("kibanaSavedObjectMeta").path("searchSourceJSON");
            if (source.isMissingNode() || object.path("type").asText().equals("dashboard")) {
                continue;
            }
            JsonNode parsed = DeployFiles.JSON.readTree(source.asText());
            assertEquals("kibanaSavedObjectMeta.searchSourceJSON.index", parsed.path("indexRefName").asText(),
                    key(object) + " names its data view by reference");
            String query = parsed.path("query").path("query").asText();
            Matcher matcher = term.matcher(query);
            while (matcher.find()) {
                for (String index : indexesOf(dataViewOf(object))) {
                    assertTrue(indexes.get(index).containsKey(matcher.group(1)),
                            key(object) + ": query field " + matcher.group(1) + " is not in " + index);
                }
                if (matcher.group(1).equals("subtype")) {
                    assertTrue(subtypes.contains(matcher.group(2)), key(object) + ": no subtype " + matcher.group(2));
                }
            }
        }
    }

    @Test
    void theDashboardPanelsResolveToObjectsOfTheFileAndFitTheGrid() throws IOException {
        JsonNode dashboard = ofType("dashboard").get(0);
        Map<String, JsonNode> references = new HashMap<>();
        dashboard.path("references").forEach(r -> references.put(r.path("name").asText(), r));
        JsonNode panels = DeployFiles.JSON.readTree(dashboard.path("attributes").path("panelsJSON").asText());
        assertTrue(panels.size() >= 4, "the charts and the table");
        Set<String> shown = new HashSet<>();
        Set<String> panelIndexes = new HashSet<>();
        for (JsonNode panel : panels) {
            String index = panel.path("panelIndex").asText();
            assertTrue(panelIndexes.add(index), "panel index " + index + " is unique");
            assertEquals(index, panel.path("gridData").path("i").asText(), "panel " + index);
            // Kibana 8 looks a panel's saved object up as "<panelIndex>:<panelRefName>" among the references.
            JsonNode reference = references.get(index + ":" + panel.path("panelRefName").asText());
            assertNotNull(reference, "panel " + index + " has its reference " + index + ":" + panel.path("panelRefName"));
            assertEquals(panel.path("type").asText(), reference.path("type").asText(), "panel " + index);
            shown.add(key(reference.path("type").asText(), reference.path("id").asText()));
            JsonNode grid = panel.path("gridData");
            assertTrue(grid.path("x").asInt() >= 0 && grid.path("x").asInt() + grid.path("w").asInt() <= GRID_COLUMNS
                    && grid.path("h").asInt() > 0, "panel " + index + " fits the 48-column grid");
        }
        for (JsonNode object : objects) {
            String type = object.path("type").asText();
            if (type.equals("visualization") || type.equals("lens") || type.equals("search")) {
                assertTrue(shown.contains(key(object)), key(object) + " is on the dashboard");
            }
        }
        assertEquals("eventwire-overview", dashboard.path("id").asText(), "the id deploy/README.md links to");
    }

    // ---- helpers ----

    private static void flatten(String prefix, JsonNode properties, boolean nested, Map<String, Field> out) {
        properties.properties().forEach(e -> {
            String path = prefix + e.getKey();
            JsonNode mapping = e.getValue();
            String type = mapping.path("type").asText("object");
            out.put(path, new Field(type, nested));
            boolean inNested = nested || type.equals("nested");
            if (mapping.has("properties")) {
                flatten(path + ".", mapping.path("properties"), inNested, out);
            }
            mapping.path("fields").properties().forEach(sub -> out.put(path + "." + sub.getKey(),
                    new Field(sub.getValue().path("type").asText(), inNested)));
        });
    }

    private static List<JsonNode> ofType(String type) {
        return objects.stream().filter(o -> o.path("type").asText().equals(type)).toList();
    }

    private static JsonNode object(String type, String id) {
        JsonNode object = byKey.get(key(type, id));
        assertNotNull(object, key(type, id));
        return object;
    }

    private static JsonNode dataViewOf(JsonNode object) {
        for (JsonNode reference : object.path("references")) {
            if (reference.path("name").asText().equals("kibanaSavedObjectMeta.searchSourceJSON.index")) {
                assertEquals("index-pattern", reference.path("type").asText(), key(object));
                return object("index-pattern", reference.path("id").asText());
            }
        }
        throw new AssertionError(key(object) + " has no data view reference");
    }

    /** The index names a data view's title (a comma-separated list of names or patterns) covers. */
    private static List<String> indexesOf(JsonNode view) {
        return Arrays.stream(view.path("attributes").path("title").asText().split(",")).map(String::strip).toList();
    }

    private static String key(JsonNode object) {
        return key(object.path("type").asText(), object.path("id").asText());
    }

    private static String key(String type, String id) {
        return type + "/" + id;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
