package io.eventwire.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.eventwire.contracts.serde.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validates records against the JSON Schemas shipped in contracts ({@code eventwire/schemas/NAME.schema.json}),
 * so that tests check real pipeline output against the documented contract.
 */
public final class RecordSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private RecordSchemas() {
    }

    /** The schema's name for a record's {@code schema} field: {@code article/1} is {@code article}. */
    public static String nameOf(JsonNode record) {
        return record.path("schema").asText().replaceFirst("/\\d+$", "");
    }

    /** The violations of {@code json} against the schema its own {@code schema} field names. */
    public static Set<ValidationMessage> violations(byte[] json) {
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            return schema(nameOf(node)).validate(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void assertValid(byte[] json) {
        Set<ValidationMessage> violations = violations(json);
        assertTrue(violations.isEmpty(), () -> violations + " in " + new String(json, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static JsonSchema schema(String name) {
        return CACHE.computeIfAbsent(name, key -> {
            String resource = "/eventwire/schemas/" + key + ".schema.json";
            try (InputStream in = RecordSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no JSON Schema " + resource + " for record schema '" + key + "'");
                }
                return FACTORY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
