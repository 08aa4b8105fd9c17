package io.eventwire.sink.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventwire.contracts.serde.Json;
import io.eventwire.sink.document.IndexKind;
import io.eventwire.sink.document.IndexLayout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The composable index templates ({@code PUT _index_template/<name>}) of the sink's indexes: one per index, named
 * like it, matching the index name and anything after it ({@code eventwire-articles*}, so a reindex into
 * {@code eventwire-articles-v2} gets the same mapping). The same JSON is understood by Elasticsearch 8/9 and
 * OpenSearch 2: only built-in analyzers ({@code cjk}, {@code english}, {@code german}) and core field types.
 *
 * <p>The settings and mappings of each index live in {@code io/eventwire/sink/template/<suffix>.json}.
 */
public final class IndexTemplates {

    /**
     * Above the built-in templates of Elasticsearch (100 for logs-*, metrics-*…), which never match our names
     * anyway, and the same for every one of ours: their patterns do not overlap.
     */
    static final int PRIORITY = 200;
    /** Bumped when a mapping changes, so {@code GET _index_template} tells which one is installed. */
    static final int VERSION = 1;

    private IndexTemplates() {
    }

    /** Template name to template body, in index order. */
    public static Map<String, String> all(IndexLayout layout) {
        Map<String, String> out = new LinkedHashMap<>();
        for (IndexKind kind : layout.kinds()) {
            String index = layout.indexName(kind);
            out.put(index, template(index, kind));
        }
        return out;
    }

    static String template(String index, IndexKind kind) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putArray("index_patterns").add(index + "*");
        body.put("priority", PRIORITY);
        body.put("version", VERSION);
        body.set("template", resource(kind));
        return body.toPrettyString();
    }

    private static JsonNode resource(IndexKind kind) {
        String name = kind.suffix() + ".json";
        try (InputStream in = IndexTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no template resource " + name);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template resource " + name, e);
        }
    }
}
