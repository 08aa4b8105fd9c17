package io.eventwire.processor.normalize.text;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Map;

/**
 * The main text of an HTML page: the article's paragraphs, headings and lists in reading order, without
 * navigation, share widgets, related stories, advertising, newsletter prompts, footers or comments.
 *
 * <p>The method is structural and language-neutral (text is measured in weighted characters, see
 * {@link TextMeasure}): prune what is never text, let paragraphs vote for the container that holds them,
 * clean boilerplate out of that container, render it, and drop boilerplate paragraphs that remain.
 */
public final class MainTextExtractor {

    /**
     * The main text of {@code page}, paragraphs separated by blank lines; empty when there is none. The page is
     * modified (pruned), so callers read its metadata first.
     *
     * @param title the article's title when known, so that the heading repeating it is not taken as text
     */
    public String extract(Document page, String title) {
        PageTitles titles = new PageTitles(List.of(title == null ? "" : title, page.title()));
        Element body = page.body();
        Map<Element, TextStats> stats = DocumentPruner.prune(body);
        List<Element> parts = CandidateSelector.select(body, stats);
        if (parts.isEmpty()) {
            parts = List.of(body);
        }
        int articleWeight = parts.stream().mapToInt(part -> stats.get(part).weight).sum();
        ContentCleaner.clean(parts, articleWeight, titles);
        return BoilerplateParagraphs.strip(BlockTextWriter.write(parts));
    }
}
