package io.eventwire.processor.normalize.text;

import io.eventwire.processor.RandomTexts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentPrunerTest {

    /** Markup the pruner reads: marks of the article, template parts, hidden and never-text elements, text. */
    private static final String[] PIECES = {
            "<div>", "<div class=\"share-bar\">", "<div class=\"entry-content\">", "</div>", "<article>",
            "</article>", "<main>", "</main>", "<p>", "</p>", "<a href=\"#\">", "</a>", "<ul>", "<li>", "</ul>",
            "<nav>", "</nav>", "<script>var x = 1;</script>", "<span style=\"display: none\">", "</span>",
            "<img src=\"x.png\">", "<input>", "<iframe></iframe>", "<aside class=\"sidebar\">", "</aside>",
            "<table><tr><td class=\"comment\">", "</td></tr></table>", "<h2>", "</h2>", "<br>",
            "<section class=\"related-posts\">", "</section>", "<header class=\"header-style-2\">", "</header>",
            "<div hidden>", "<div itemprop=\"articleBody\">", "<pre class=\"menu\">", "</pre>", "<embed>",
            "Short label ", "Words, and more words, in a sentence. ", "中文的句子，还有一个。", " ",
            "A paragraph of prose long enough to count as the article where it stands, with clauses, commas, and "
                    + "enough letters that a few of them together pass the weight of an article's text. ",
    };

    @Test
    void theStatisticsOfWhatRemainsAreThoseGatheredAnew() {
        int pruned = 0;
        for (String html : RandomTexts.of(PIECES, 20261122, 3_000, 0, 60, false)) {
            Element body = Jsoup.parse("<html><body>" + html + "</body></html>").body();
            int before = body.getAllElements().size();
            Map<Element, TextStats> kept = DocumentPruner.prune(body);
            pruned += before - body.getAllElements().size();
            Map<Element, TextStats> anew = TextStatsCollector.collect(body);
            List<Element> keptElements = new ArrayList<>(kept.keySet());
            List<Element> anewElements = new ArrayList<>(anew.keySet());
            assertEquals(anewElements.size(), keptElements.size(), html);
            for (int i = 0; i < anewElements.size(); i++) {
                assertSame(anewElements.get(i), keptElements.get(i), html);
                assertEquals(counts(anew.get(anewElements.get(i))), counts(kept.get(keptElements.get(i))), html);
            }
        }
        // The comparison is only worth something where elements were removed.
        assertTrue(pruned > 10_000, pruned + " pruned");
    }

    private static List<Object> counts(TextStats stats) {
        return List.of(stats.weight, stats.linkWeight, stats.commas, stats.ownWeight, stats.ownCommas,
                stats.paragraphs, stats.images, stats.listItems, stats.inputs, stats.embeds, stats.hasBlockChild);
    }
}
