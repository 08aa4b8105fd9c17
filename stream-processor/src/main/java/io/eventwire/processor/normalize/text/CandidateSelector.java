package io.eventwire.processor.normalize.text;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the element that holds the article: every paragraph of prose votes for its parent (fully) and for
 * more distant ancestors (less), more when it is longer and has more clauses; a container's votes are
 * discounted by its link density and shifted by what its class and id say. The winner is widened to its
 * parent where the parent scores about as well, and joined by siblings that look like more of the article.
 */
final class CandidateSelector {

    /** Paragraphs shorter than this (weighted characters) are labels and captions: they do not vote. */
    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTORS_VOTING = 5;
    /** A sibling section of the article holds at least a fifth as much text as the winner. */
    private static final int SECTION_SHARE = 5;

    private final Map<Element, TextStats> stats;
    private final Map<Element, Double> scores = new LinkedHashMap<>();

    private CandidateSelector(Map<Element, TextStats> stats) {
        this.stats = stats;
    }

    /** The article's elements in document order; empty when the page has no paragraph of prose. */
    static List<Element> select(Element root, Map<Element, TextStats> stats) {
        return new CandidateSelector(stats).select(root);
    }

    private List<Element> select(Element root) {
        for (Element element : stats.keySet()) {
            vote(element);
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - stats.get(entry.getKey()).linkDensity());
            entry.setValue(score);
            if (top == null || score > topScore) {
                top = entry.getKey();
                topScore = score;
            }
        }
        if (top == null) {
            return List.of();
        }
        top = widen(top, root);
        return withSiblings(top);
    }

    private void vote(Element element) {
        TextStats own = stats.get(element);
        String name = element.normalName();
        Element base;
        int weight;
        int commas;
        if (HtmlTags.PARAGRAPHS.contains(name) || !own.hasBlockChild && isContainer(name)) {
            base = element.parent();
            weight = own.weight;
            commas = own.commas;
        } else if (own.hasBlockChild && isContainer(name)) {
            // Prose written straight into a container beside its child blocks, as old templates do with <br>s.
            base = element;
            weight = own.ownWeight;
            commas = own.ownCommas;
        } else {
            return;
        }
        if (weight < MIN_PARAGRAPH || base == null) {
            return;
        }
        double score = 1 + commas + Math.min(weight / 100, 3);
        int level = 0;
        for (Element ancestor = base; ancestor != null && level < ANCESTORS_VOTING;
             ancestor = ancestor.parent(), level++) {
            if (!stats.containsKey(ancestor)) {
                break;
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            // The initial score (class hints: regular expressions) only for an ancestor's first vote.
            Double current = scores.get(ancestor);
            scores.put(ancestor, (current == null ? initialScore(ancestor) : current) + score / divider);
        }
    }

    private static boolean isContainer(String name) {
        return name.equals("div") || name.equals("section") || name.equals("article") || name.equals("main")
                || name.equals("td") || name.equals("font") || name.equals("center");
    }

    private static double initialScore(Element element) {
        int byTag = switch (element.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return byTag + ClassHints.weight(element);
    }

    /**
     * The best-scoring element is often one column of several that together hold the article; move up while
     * the parent scores at least a third as well, and stop at a parent that scores better.
     */
    private Element widen(Element top, Element root) {
        double lastScore = scores.get(top);
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != root; parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
        }
        while (top.parent() != null && top.parent() != root && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** The winner plus the siblings that score well or read as prose paragraphs with few links. */
    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.get(top) == null ? 0 : scores.get(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || belongs(sibling, top, threshold)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private boolean belongs(Element sibling, Element top, double threshold) {
        TextStats siblingStats = stats.get(sibling);
        if (siblingStats == null || siblingStats.weight == 0) {
            return false;
        }
        boolean sameKind = !top.className().isEmpty() && top.className().equals(sibling.className());
        Double score = scores.get(sibling);
        if (score != null && score >= threshold) {
            return true;
        }
        double linkDensity = siblingStats.linkDensity();
        if (sameKind) {
            // Another section of the same article, its paragraphs nested too deep to vote for it; a teaser card
            // beside an article card has the same class too, but is a fraction of its size.
            return siblingStats.paragraphs >= 2 && siblingStats.weight * SECTION_SHARE >= stats.get(top).weight
                    && linkDensity < 0.3;
        }
        if (!sibling.nameIs("p")) {
            return false;
        }
        if (siblingStats.weight > 80) {
            return linkDensity < 0.25;
        }
        return linkDensity == 0 && TextMeasure.endsLikeSentence(sibling.text());
    }
}
