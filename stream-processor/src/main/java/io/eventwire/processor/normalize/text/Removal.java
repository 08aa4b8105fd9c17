package io.eventwire.processor.normalize.text;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes many elements at once. jsoup renumbers a parent's remaining children on every removal, so
 * removing thousands of siblings one by one (a page of ten thousand share boxes) is quadratic; here each
 * parent's child list is rebuilt once.
 */
final class Removal {

    private Removal() {
    }

    /**
     * Removes {@code doomed} (none inside another) from under {@code root}, and their statistics from those of
     * their ancestors in {@code stats}, which then hold what {@link TextStatsCollector#collect(Element)} would
     * gather anew (but for {@link TextStats#holdsArticle}): the counts are sums over the subtree.
     */
    static void removeAll(List<Element> doomed, Element root, Map<Element, TextStats> stats) {
        Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : doomed) {
            TextStats removed = stats.get(element);
            for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
                stats.get(ancestor).removeChild(removed);
                if (ancestor == root) {
                    break;
                }
            }
            if (HtmlTags.BLOCKS.contains(element.normalName())) {
                parents.add(element.parent());
            }
        }
        removeAll(doomed);
        for (Element parent : parents) {
            stats.get(parent).hasBlockChild = hasBlockChild(parent);
        }
    }

    private static boolean hasBlockChild(Element parent) {
        for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (HtmlTags.BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    static void removeAll(List<Element> doomed) {
        Map<Element, Set<Node>> byParent = new LinkedHashMap<>();
        for (Element element : doomed) {
            Element parent = element.parent();
            if (parent != null) {
                byParent.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>())).add(element);
            }
        }
        byParent.forEach((parent, children) -> {
            if (children.size() == 1) {
                children.iterator().next().remove();
                return;
            }
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (!children.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        });
    }
}
