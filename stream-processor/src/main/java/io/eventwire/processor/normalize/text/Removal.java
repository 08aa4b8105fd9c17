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
