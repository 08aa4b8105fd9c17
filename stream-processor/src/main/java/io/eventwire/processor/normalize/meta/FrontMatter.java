package io.eventwire.processor.normalize.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter: a block between two {@code ---} lines at the very top of a file (static-site sources,
 * archived pages), followed by the body (HTML or markdown). Only scalar fields are kept, as text.
 *
 * @param fields scalar fields by lower-cased name; empty when there is no (valid) front matter
 * @param body   what follows the closing {@code ---}, or the whole input when there is no front matter
 */
public record FrontMatter(Map<String, String> fields, String body) {

    /** Opening line, YAML, closing line; leading blank lines and a byte-order mark are tolerated. */
    private static final Pattern BLOCK = Pattern.compile("\\A\\uFEFF?\\s*---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);
    /** Front matter is a header: a block longer than this is not one. */
    private static final int MAX_LENGTH = 64 * 1024;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public FrontMatter {
        fields = Map.copyOf(fields);
    }

    /** Splits {@code input}; malformed YAML counts as no front matter (the text is still usable). */
    public static FrontMatter parse(String input) {
        Matcher matcher = BLOCK.matcher(input);
        if (!matcher.lookingAt() || matcher.end(1) > MAX_LENGTH) {
            return new FrontMatter(Map.of(), input);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            JsonNode root = YAML.readTree(matcher.group(1));
            if (root == null || !root.isObject()) {
                return new FrontMatter(Map.of(), input);
            }
            root.properties().forEach(field -> {
                if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                    fields.put(field.getKey().toLowerCase(Locale.ROOT), field.getValue().asText().strip());
                }
            });
        } catch (IOException e) {
            return new FrontMatter(Map.of(), input);
        }
        return new FrontMatter(fields, input.substring(matcher.end()));
    }

    /** The first non-blank value among {@code names}, or null. */
    public String first(String... names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
