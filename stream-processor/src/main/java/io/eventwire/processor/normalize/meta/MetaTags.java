package io.eventwire.processor.normalize.meta;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code <meta>} tags of a page by lower-cased {@code property}, {@code name} or {@code itemprop}. */
final class MetaTags {

    static final MetaTags NONE = new MetaTags(Map.of());

    /** Parsed once: jsoup re-parses a query string on every select. */
    private static final Evaluator WITH_CONTENT = Selector.evaluatorOf("meta[content]");

    private final Map<String, String> contents;

    private MetaTags(Map<String, String> contents) {
        this.contents = contents;
    }

    static MetaTags of(Document page) {
        Map<String, String> contents = new HashMap<>();
        for (Element meta : page.select(WITH_CONTENT)) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop")) {
                String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    contents.putIfAbsent(name, content);
                }
            }
        }
        return new MetaTags(contents);
    }

    /** The content of the first of {@code names} the page has, or null. */
    String first(List<String> names) {
        for (String name : names) {
            String content = contents.get(name);
            if (content != null) {
                return content;
            }
        }
        return null;
    }
}
