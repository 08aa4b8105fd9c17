package io.eventwire.processor.normalize.meta;

import io.eventwire.processor.RandomTexts;
import io.eventwire.processor.normalize.Fixtures;
import io.eventwire.testkit.SharedData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class QueryBatchTest {

    /** The metadata's queries, and a few that nest and overlap, so that one element answers several. */
    private static final List<String> QUERIES = List.of(
            "script[type=application/ld+json]", "meta[content]", "h1", "link[rel=canonical]",
            "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]",
            "time[pubdate], time[itemprop=datePublished], [itemprop=datePublished][datetime], time.published, "
                    + "time[class*=publish], .published time, [class*=publish] time",
            "div", "[class*=publish]", "[itemprop]");

    private static final String NESTED = "<html><head><meta name=author content=A><meta property=og:title>"
            + "<script type=application/ld+json>{}</script><link rel=canonical href=https://x.example/a></head>"
            + "<body><h1>One<h1>Two</h1></h1><div class=published><time datetime=2024-01-01 class=publish-date>x</time>"
            + "<span itemprop=author><a rel=author><b itemprop=name>Jo</b></a></span>"
            + "<p itemprop=datePublished datetime=2024-02-02>y</p></div><time pubdate itemprop=datePublished></time>"
            + "</body></html>";

    @Test
    void eachAnswerIsWhatItsQuerySelects() throws IOException {
        QueryBatch batch = new QueryBatch(QUERIES);
        for (String html : pages()) {
            Document page = Jsoup.parse(html, "https://x.example/");
            List<Elements> answers = batch.select(page);
            for (int i = 0; i < QUERIES.size(); i++) {
                assertSameElements(page.select(QUERIES.get(i)), answers.get(i), QUERIES.get(i));
            }
        }
    }

    /**
     * Pages strung together from the tags and attributes the queries name, in upper and lower case, nested,
     * in foreign content, and from others: the batch, which skips elements by their names, selects what each
     * query selects.
     */
    @Test
    void eachAnswerIsWhatItsQuerySelectsOnGeneratedPages() {
        String[] pieces = {"<div>", "</div>", "<span class=x>", "</span>", "<p>", "text", "<h1>", "</h1>", "<H1>",
                "<time datetime=2024-01-01>", "<time pubdate>", "<TIME class=published>", "</time>",
                "<div class=Published>", "<div class=publisher>", "<a rel=author>", "<a REL=Author>", "</a>",
                "<span itemprop=author>", "<b itemprop=name>", "</b>", "<i ItemProp=datePublished datetime=x>",
                "</i>", "<meta content=c>", "<meta name=n>", "<link rel=canonical>", "<LINK REL=CANONICAL>",
                "<script type=application/ld+json>{}</script>", "<script>x</script>", "<svg>", "</svg>",
                "<svg><time datetime=1>t</time><h1>s</h1></svg>", "<math><mi itemprop=name>m</mi></math>",
                "<table><tr><td class=published>", "</table>", "<ul><li rel=author>", "</ul>"};
        QueryBatch batch = new QueryBatch(QUERIES);
        for (String html : RandomTexts.of(pieces, 20261122, 3_000, 1, 40, false)) {
            Document page = Jsoup.parse(html, "https://x.example/");
            List<Elements> answers = batch.select(page);
            for (int i = 0; i < QUERIES.size(); i++) {
                assertSameElements(page.select(QUERIES.get(i)), answers.get(i), QUERIES.get(i) + " in " + html);
            }
        }
    }

    private static void assertSameElements(List<Element> expected, List<Element> actual, String query) {
        assertEquals(expected.size(), actual.size(), query);
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), actual.get(i), query);
        }
    }

    private static List<String> pages() throws IOException {
        List<String> pages = new ArrayList<>(List.of(NESTED, Fixtures.read("news-page.html"),
                Fixtures.read("chinese-page.html")));
        try (Stream<Path> files = Files.list(SharedData.require("text-extraction/html"))) {
            for (Path file : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return pages;
    }
}
