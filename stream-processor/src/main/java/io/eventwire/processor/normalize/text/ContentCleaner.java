package io.eventwire.processor.normalize.text;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Removes what sits inside the article's container but is not the article: share bars, related-story lists,
 * image galleries, embedded forms, link-heavy boxes, headings of such boxes, and the page title. Each
 * container is judged on the text that remains once its own boilerplate children are gone (bottom-up), so a
 * section is not condemned for a share bar that was already removed from it.
 */
final class ContentCleaner {

    /** Share of a heading's words found in a page title that makes it the repeated headline. */
    private static final double REPEATED_SHARE = 0.8;
    private static final double HEADLINE_SHARE = 0.5;
    private static final double WHOLLY_LINK = 0.9;
    /** A list of this many items, mostly links, is a directory of other pages (one or two are calls to action). */
    private static final int LINK_DIRECTORY = 3;
    /** A paragraph with this much text (weighted characters) is prose: the article has begun. */
    private static final int PROSE = 80;
    /** A container with this many clauses is prose, whatever else it holds. */
    private static final int PROSE_COMMAS = 10;

    private ContentCleaner() {
    }

    /**
     * @param articleWeight the text of all parts before cleaning: an element holding most of it is the
     *                      article, whatever its class says ("widget-container" is a theme's name for any box)
     */
    static void clean(List<Element> parts, int articleWeight, PageTitles titles) {
        Set<Element> headingsAboveText = headingsAboveText(parts);
        for (Element part : parts) {
            clean(part, articleWeight, titles, headingsAboveText);
        }
    }

    private static void clean(Element part, int articleWeight, PageTitles titles, Set<Element> headingsAboveText) {
        List<Element> doomed = new ArrayList<>();
        TextStatsCollector.collect(part, candidate -> {
            if (candidate.stats().weight * 2 <= articleWeight
                    && isBoilerplate(candidate.element(), candidate.stats(), titles, headingsAboveText)) {
                doomed.add(candidate.element());
                return true;
            }
            return false;
        });
        Removal.removeAll(doomed);
    }

    /**
     * The headings and short paragraphs before the article's first paragraph of prose: where the headline is
     * repeated (as a heading, or as a paragraph styled as one).
     */
    private static Set<Element> headingsAboveText(List<Element> parts) {
        Set<Element> headings = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element part : parts) {
            NodeFilter.FilterResult result = NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element element) {
                        if (HtmlTags.HEADINGS.contains(element.normalName())) {
                            headings.add(element);
                            return FilterResult.SKIP_CHILDREN;
                        }
                        if (element.nameIs("p")) {
                            if (!TextMeasure.weighsLessThan(element.text(), PROSE)) {
                                return FilterResult.STOP;
                            }
                            headings.add(element);
                            return FilterResult.SKIP_CHILDREN;
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, part);
            if (result == NodeFilter.FilterResult.STOP) {
                break;
            }
        }
        return headings;
    }

    private static boolean isBoilerplate(Element element, TextStats stats, PageTitles titles,
                                         Set<Element> headingsAboveText) {
        String name = element.normalName();
        if (name.equals("figcaption") || ClassHints.namesCaption(element)) {
            return true;
        }
        if (HtmlTags.HEADINGS.contains(name)) {
            // The headline repeated above the text; an h1 is the headline even when reworded more.
            return ClassHints.weight(element) < 0 || stats.linkDensity() > 0.33 || headingsAboveText.contains(element)
                    && titles.repeatedIn(element.text(), name.equals("h1") ? HEADLINE_SHARE : REPEATED_SHARE);
        }
        if (HtmlTags.PARAGRAPHS.contains(name) || name.equals("li")) {
            // A paragraph that is one link is a teaser for another page ("RELATED STORY TITLE").
            return name.equals("p") && stats.weight > 0 && stats.linkDensity() >= WHOLLY_LINK
                    || ClassHints.weight(element) < 0
                    || headingsAboveText.contains(element) && titles.repeatedIn(element.text(), REPEATED_SHARE);
        }
        int weight = ClassHints.weight(element);
        if (weight < 0 && stats.commas < PROSE_COMMAS && HtmlTags.BLOCKS.contains(name)) {
            return true;
        }
        if (!HtmlTags.CONDITIONAL.contains(name) || stats.commas >= PROSE_COMMAS) {
            return false;
        }
        boolean list = name.equals("ul") || name.equals("ol") || name.equals("dl");
        if (list && element.previousElementSibling() != null
                && BoilerplateParagraphs.isSectionLabel(element.previousElementSibling().text())) {
            return true;
        }
        int listItems = stats.listItems - 100;
        double linkDensity = stats.linkDensity();
        boolean inFigure = name.equals("figure") || element.closest("figure") != null;
        return stats.images > 1 && (double) stats.paragraphs / stats.images < 0.5 && !inFigure
                || !list && listItems > stats.paragraphs
                || stats.inputs > stats.paragraphs / 3
                || !list && stats.weight < 25 && (stats.images == 0 || stats.images > 2)
                || !list && weight < 25 && linkDensity > 0.2
                || (weight >= 25 || list && stats.listItems >= LINK_DIRECTORY) && linkDensity > 0.5
                || stats.embeds == 1 && stats.weight < 75 || stats.embeds > 1;
    }
}
