package io.eventwire.processor.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary and sentence templates of one language, read from {@code dedup-corpus/<lang>.txt}: sections
 * headed {@code [name]}, one item per line, {@code #} comments.
 */
record CorpusTemplates(String language, Map<String, List<String>> sections) {

    static CorpusTemplates load(String language) {
        String resource = "/dedup-corpus/" + language + ".txt";
        try (InputStream in = CorpusTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Map<String, List<String>> sections = new LinkedHashMap<>();
            List<String> current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    current = sections.computeIfAbsent(trimmed.substring(1, trimmed.length() - 1),
                            name -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(resource + ": item before any section: " + trimmed);
                } else {
                    current.add(trimmed);
                }
            }
            return new CorpusTemplates(language, sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> section(String name) {
        List<String> items = sections.get(name);
        if (items == null || items.isEmpty()) {
            throw new IllegalStateException(language + " templates have no section " + name);
        }
        return items;
    }

    /** The slot names in the order a base article tells its story. */
    List<String> slots() {
        return sections.keySet().stream().filter(name -> name.startsWith("slot.")).toList();
    }
}
