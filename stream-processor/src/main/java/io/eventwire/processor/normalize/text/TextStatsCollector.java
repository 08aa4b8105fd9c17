package io.eventwire.processor.normalize.text;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Gathers {@link TextStats} for every element under a root in one iterative post-order walk (jsoup's
 * traversor keeps no call stack per level, so a page nested thousands deep cannot overflow ours).
 */
final class TextStatsCollector {

    private TextStatsCollector() {
    }

    /** Statistics per element, in document order (jsoup nodes compare by identity). */
    static Map<Element, TextStats> collect(Element root) {
        return collect(root, element -> false);
    }

    /**
     * Like {@link #collect(Element)}, but asks {@code drop} about each element once its subtree is counted;
     * a dropped element's text is not added to its ancestors, so they are judged on what remains.
     */
    static Map<Element, TextStats> collect(Element root, Predicate<ElementWithStats> drop) {
        Map<Element, TextStats> stats = new LinkedHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    stats.put(element, new TextStats());
                    if (element.nameIs("a")) {
                        linkDepth++;
                    }
                } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    TextStats parentStats = stats.get(parent);
                    if (parentStats != null) {
                        parentStats.addText(text.getWholeText(), linkDepth > 0);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                if (element.nameIs("a")) {
                    linkDepth--;
                }
                TextStats own = stats.get(element);
                count(element, own);
                Element parent = element.parent();
                if (element == root || parent == null) {
                    return;
                }
                if (drop.test(new ElementWithStats(element, own))) {
                    stats.remove(element);
                    return;
                }
                TextStats parentStats = stats.get(parent);
                if (parentStats != null) {
                    parentStats.addChild(own);
                    if (HtmlTags.BLOCKS.contains(element.normalName())) {
                        parentStats.hasBlockChild = true;
                    }
                }
            }
        }, root);
        return stats;
    }

    private static void count(Element element, TextStats stats) {
        switch (element.normalName()) {
            case "p" -> stats.paragraphs++;
            case "img", "picture" -> stats.images++;
            case "li" -> stats.listItems++;
            case "input", "select", "textarea", "button" -> stats.inputs++;
            case "embed", "object", "iframe", "video", "audio" -> stats.embeds++;
            default -> {
            }
        }
    }

    /** An element and the statistics of what survived below it. */
    record ElementWithStats(Element element, TextStats stats) {
    }
}
