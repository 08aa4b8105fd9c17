package io.eventwire.processor.normalize.text;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Locale;

/**
 * Removes what is never article text before anything is scored: code, embedded objects, form controls,
 * navigation, hidden elements, and (optionally) elements whose class or id names a template part such as a
 * share bar or a comment section.
 */
final class DocumentPruner {

    private DocumentPruner() {
    }

    static void prune(Element root, boolean removeUnlikely) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element element) || element == root) {
                    return FilterResult.CONTINUE;
                }
                if (HtmlTags.NEVER_TEXT.contains(element.normalName()) || hidden(element)
                        || removeUnlikely && unlikely(element)) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static boolean hidden(Element element) {
        if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden")) && !element.hasText()) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    private static boolean unlikely(Element element) {
        String name = element.normalName();
        if (name.equals("body") || name.equals("a") || name.equals("html") || name.equals("article")
                || name.equals("main")) {
            return false;
        }
        return ClassHints.unlikely(element) && !insideTableOrCode(element);
    }

    /** Layout tables and code listings use class names freely; removing a cell would tear the content. */
    private static boolean insideTableOrCode(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            String name = parent.normalName();
            if (name.equals("table") || name.equals("code") || name.equals("pre")) {
                return true;
            }
        }
        return false;
    }
}
