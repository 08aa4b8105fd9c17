package io.eventwire.ingest.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML front matter of a Markdown or text file (between {@code ---} lines at its top), read just far
 * enough for the crawler's hints: top-level scalar values such as {@code title} and {@code date}. The body
 * is published whole, front matter included: the normalizer reads it properly.
 */
public final class FrontMatter {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss XXX"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ"));

    private FrontMatter() {
    }

    /** The top-level scalars of the front matter, or empty when the text does not start with one. */
    public static Optional<Map<String, String>> parse(String text) {
        String[] lines = text.split("\\r?\\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first >= lines.length || !lines[first].strip().equals("---")) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = first + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("---") || line.strip().equals("...")) {
                return Optional.of(values);
            }
            if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")
                    || line.startsWith("-")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                String value = unquote(line.substring(colon + 1).strip());
                if (!value.isEmpty()) {
                    values.put(line.substring(0, colon).strip(), value);
                }
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }

    /**
     * A front-matter date as ISO-8601: with its offset where it has one, a plain {@code YYYY-MM-DD} as is;
     * anything else is null rather than a guess.
     */
    public static String isoDate(String value) {
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return OffsetDateTime.from(format.parse(value.strip())).toString();
            } catch (java.time.DateTimeException e) {
                // next format
            }
        }
        try {
            return ZonedDateTime.parse(value.strip()).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            // not zoned either
        }
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
