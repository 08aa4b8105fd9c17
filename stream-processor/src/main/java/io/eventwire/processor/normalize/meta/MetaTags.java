package io.eventwire.processor.normalize.meta;

import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code <meta>} tags of a page by lower-cased {@code property}, {@code name} or {@code itemprop}. */
final class MetaTags {

    private final Map<String, String> contents;

    private MetaTags(Map<String, String> contents) {
        this.contents = contents;
    }

    /** The contents of {@code metas}, a page's {@code <meta>} tags that have content. */
    static MetaTags of(List<Element> metas) {
        Map<String, String> contents = new HashMap<>();
        for (Element meta : metas) {
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
