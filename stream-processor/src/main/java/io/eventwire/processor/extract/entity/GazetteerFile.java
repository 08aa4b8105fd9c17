package io.eventwire.processor.extract.entity;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.serde.Json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the project's gazetteer format ({@code eventwire-gazetteer/1}, {@code src/main/resources/eventwire/
 * gazetteer.json}):
 * <pre>{@code
 * {"format": "eventwire-gazetteer/1",
 *  "entities": [
 *    {"id": "hikvision", "name": "Hikvision", "kind": "company", "country": "CN",
 *     "aliases": ["海康威视", "Hangzhou Hikvision Digital Technology", "Hikvison"],
 *     "exactAliases": [], "roles": [], "government": null}]}
 * }</pre>
 * {@code kind} is company, organization, authority, country, media or instrument; {@code exactAliases} match case-sensitively;
 * {@code roles} may hold {@code retailer}; {@code government} (countries only) names the authority a bare
 * mention of the country stands for. Only {@code id} and {@code name} are required.
 */
public final class GazetteerFile {

    public static final String FORMAT = "eventwire-gazetteer/1";

    private GazetteerFile() {
    }

    public static List<Entity> read(InputStream in) throws IOException {
        JsonNode root = Json.MAPPER.readTree(in);
        String format = root.path("format").asText(FORMAT);
        if (!FORMAT.equals(format)) {
            throw new IOException("not a gazetteer file of format " + FORMAT + ": " + format);
        }
        List<Entity> entities = new ArrayList<>();
        for (JsonNode node : root.path("entities")) {
            entities.add(new Entity(text(node, "id"), text(node, "name"), text(node, "kind"), text(node, "country"),
                    strings(node.path("aliases")), strings(node.path("exactAliases")),
                    Set.copyOf(strings(node.path("roles"))), text(node, "government")));
        }
        return entities;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The strings of an array (or of a single string), without blanks and duplicates. */
    static List<String> strings(JsonNode node) {
        Set<String> values = new LinkedHashSet<>();
        if (node.isTextual()) {
            values.add(node.asText().strip());
        }
        for (JsonNode item : node.isArray() ? node : List.<JsonNode>of()) {
            if (item.isTextual() && !item.asText().isBlank()) {
                values.add(item.asText().strip());
            }
        }
        values.remove("");
        return List.copyOf(values);
    }
}
