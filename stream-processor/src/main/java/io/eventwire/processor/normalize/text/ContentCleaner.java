package io.eventwire.processor.normalize.text;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Removes what sits inside the article's container but is not the article: share bars, related-story lists,
 * image galleries, embedded forms, link-heavy boxes, headings of such boxes, and the page title. Each
 * container is judged on the text that remains once its own boilerplate children are gone (bottom-up), so a
 * section is not condemned for a share bar that was already removed from it.
 */
final class ContentCleaner {

    /** A container with this many clauses is prose, whatever else it holds. */
    private static final int PROSE_COMMAS = 10;

    private ContentCleaner() {
    }

    /**
     * @param articleWeight the text of all parts before cleaning: an element holding most of it is the
     *                      article, whatever its class says ("widget-container" is a theme's name for any box)
     */
    static void clean(Element part, int articleWeight, String title) {
        List<Element> doomed = new ArrayList<>();
        TextStatsCollector.collect(part, candidate -> {
            if (candidate.stats().weight * 2 <= articleWeight
                    && isBoilerplate(candidate.element(), candidate.stats(), title)) {
                doomed.add(candidate.element());
                return true;
            }
            return false;
        });
        doomed.forEach(Element::remove);
    }

    private static boolean isBoilerplate(Element element, TextStats stats, String title) {
        String name = element.normalName();
        if (HtmlTags.HEADINGS.contains(name)) {
            return ClassHints.weight(element) < 0 || stats.linkDensity() > 0.33
                    || title != null && !title.isBlank() && sameText(element.text(), title);
        }
        if (!HtmlTags.CONDITIONAL.contains(name)) {
            return false;
        }
        int weight = ClassHints.weight(element);
        if (weight < 0 && stats.commas < PROSE_COMMAS) {
            return true;
        }
        if (stats.commas >= PROSE_COMMAS) {
            return false;
        }
        boolean list = name.equals("ul") || name.equals("ol") || name.equals("dl");
        int listItems = stats.listItems - 100;
        double linkDensity = stats.linkDensity();
        boolean inFigure = name.equals("figure") || element.closest("figure") != null;
        return stats.images > 1 && (double) stats.paragraphs / stats.images < 0.5 && !inFigure
                || !list && listItems > stats.paragraphs
                || stats.inputs > stats.paragraphs / 3
                || !list && stats.weight < 25 && (stats.images == 0 || stats.images > 2)
                || !list && weight < 25 && linkDensity > 0.2
                || (weight >= 25 || list) && linkDensity > 0.5
                || stats.embeds == 1 && stats.weight < 75 || stats.embeds > 1;
    }

    private static boolean sameText(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String text) {
        return text.replaceAll("[\\s\\p{Punct}]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
