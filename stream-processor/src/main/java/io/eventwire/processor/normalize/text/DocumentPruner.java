package io.eventwire.processor.normalize.text;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Removes what is never article text before anything is scored: code, embedded objects, form controls,
 * navigation, hidden elements, and elements whose class or id names a template part such as a share bar or
 * a comment section. Such a name is not trusted when the element holds the article: themes wrap whole pages
 * in "header-style-2" or "sticky-sidebar" containers. Holding the article means containing an element that
 * marks it ({@code <article>}, {@code <main>}, a class such as "entry-content"), or most of the text of the
 * innermost such mark around it (of the page, outside any mark).
 */
final class DocumentPruner {

    /** Prose inside an element that declares itself the article, enough to be one (weighted characters). */
    private static final int ARTICLE_TEXT = 250;

    private DocumentPruner() {
    }

    /**
     * Prunes the subtree of {@code root}; returns the statistics of what remains, in document order, as {@link
     * TextStatsCollector#collect(Element)} would gather them anew (but for {@link TextStats#holdsArticle}). Why:
     * they are the statistics gathered here less those of the removed elements, where gathering them again read
     * every text of the page a second time.
     */
    static Map<Element, TextStats> prune(Element root) {
        Map<Element, TextStats> stats = TextStatsCollector.collect(root);
        Set<Element> marks = Collections.newSetFromMap(new IdentityHashMap<>());
        stats.forEach((element, elementStats) -> {
            if (elementStats.weight >= ARTICLE_TEXT && declaresArticle(element)) {
                marks.add(element);
                elementStats.holdsArticle = true;
            }
        });
        markAncestors(root, stats);
        List<Element> doomed = new ArrayList<>();
        Map<Element, TextStats> kept = new LinkedHashMap<>(stats.size() * 2);
        kept.put(root, stats.get(root));
        NodeTraversor.filter(new NodeFilter() {
            /** The innermost mark around the current node, or the root when there is none. */
            private final Deque<Element> enclosing = new ArrayDeque<>(List.of(root));

            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || element == root) {
                    return FilterResult.CONTINUE;
                }
                if (HtmlTags.NEVER_TEXT.contains(element.normalName()) || hidden(element)
                        || unlikely(element) && !holdsArticle(element)) {
                    doomed.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                kept.put(element, stats.get(element));
                if (marks.contains(element)) {
                    enclosing.push(element);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node == enclosing.peek() && node != root) {
                    enclosing.pop();
                }
                return FilterResult.CONTINUE;
            }

            /** Contains a mark, or most of the text of the innermost mark (or the page) around it. */
            private boolean holdsArticle(Element element) {
                TextStats own = stats.get(element);
                return own.holdsArticle || own.weight * 2 > stats.get(enclosing.peek()).weight;
            }
        }, root);
        Removal.removeAll(doomed, root, stats);
        return kept;
    }

    private static boolean declaresArticle(Element element) {
        return element.nameIs("article") || element.nameIs("main") || "articleBody".equals(element.attr("itemprop"))
                || ClassHints.namesArticleBody(element);
    }

    /** Spreads {@code holdsArticle} to every ancestor, in one pass from the deepest elements up. */
    private static void markAncestors(Element root, Map<Element, TextStats> stats) {
        List<Element> inDocumentOrder = new ArrayList<>(stats.keySet());
        for (int i = inDocumentOrder.size() - 1; i >= 0; i--) {
            Element element = inDocumentOrder.get(i);
            Element parent = element.parent();
            if (element != root && parent != null && stats.get(element).holdsArticle && stats.containsKey(parent)) {
                stats.get(parent).holdsArticle = true;
            }
        }
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
