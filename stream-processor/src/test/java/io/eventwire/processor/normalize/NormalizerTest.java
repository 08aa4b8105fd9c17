package io.eventwire.processor.normalize;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Article;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static io.eventwire.processor.normalize.Fixtures.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalizerTest {

    private static final String PROSE = "<p>The water board confirmed on Monday that the reservoir is full again "
            + "after the wettest autumn in a decade, and lifted the hosepipe ban.</p>";

    private final Normalizer normalizer = new Normalizer();

    @Test
    void anHtmlPageBecomesAnArticleWithMetadataFromMetaTags() {
        Article article = normalizer.normalize(raw("https://quay-gazette.example/2024/03/cranes?utm_medium=x",
                Fixtures.read("news-page.html")));

        assertEquals(Article.SCHEMA, article.schema());
        assertEquals("https://quay-gazette.example/news/harbour-cranes", article.canonicalUrl());
        assertEquals(Ids.articleId("https://quay-gazette.example/news/harbour-cranes"), article.id());
        assertEquals("https://quay-gazette.example/2024/03/cranes?utm_medium=x", article.url());
        assertEquals("quay-gazette.example", article.source());
        assertEquals("Harbour cranes return to work after storm", article.title());
        assertEquals("Mara Lindqvist", article.author());
        assertEquals("2024-03-05T08:30:00+01:00", article.publishedAt());
        assertEquals("2024-03-06T10:00:00Z", article.fetchedAt());
        assertTrue(article.text().startsWith("The four container cranes"), article.text());
        assertEquals(Normalizer.contentHash(article.text()), article.contentHash());
        assertEquals(Normalizer.PIPELINE_VERSION, article.pipelineVersion());
        assertNull(article.language());
        assertNull(article.languageConfidence());
        assertNull(article.simhash());
    }

    @Test
    void jsonLdInAGraphGivesTitleDateAndAuthorsAndOutranksThePageTitle() {
        Article article = normalizer.normalize(raw("https://news.example.cn/local/8812.html",
                Fixtures.read("chinese-page.html")));

        assertEquals("城市公园新增夜间照明设施", article.title());
        assertEquals("2023-08-14T09:15:00+08:00", article.publishedAt());
        assertEquals("王小明, 李华", article.author());
        assertEquals("https://news.example.cn/local/8812.html", article.canonicalUrl(), "no canonical link: the URL");
        assertTrue(article.text().startsWith("记者从市园林部门获悉"), article.text());
    }

    @Test
    void frontMatterComesFirstAndAMarkdownBodyIsText() {
        Article article = normalizer.normalize(raw("file:///data/allotments/water-rights.md",
                Fixtures.read("front-matter.md")));

        assertEquals("Allotment society wins water rights case", article.title());
        assertEquals("2021-06-02", article.publishedAt());
        assertEquals("Tomas Berg", article.author());
        assertEquals("https://allotments.example.org/news/water-rights", article.canonicalUrl());
        assertEquals("allotments", article.source(), "a file's source is its folder");
        assertTrue(article.text().startsWith("The district court ruled on Wednesday"), article.text());
        assertTrue(article.text().endsWith("unused for a decade."), article.text());
    }

    @Test
    void frontMatterOutranksJsonLdAndMetaTags() {
        String page = "---\ntitle: From the front matter\ndate: Thu, 19 May 2022 04:09:01 GMT\n---\n"
                + "<html><head><meta property=\"og:title\" content=\"From Open Graph\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\","
                + "\"datePublished\":\"2022-05-01T00:00:00Z\"}</script></head><body>" + PROSE + "</body></html>";

        Article article = normalizer.normalize(raw("https://example.org/a", page));

        assertEquals("From the front matter", article.title());
        assertEquals("2022-05-19T04:09:01Z", article.publishedAt());
    }

    @Test
    void jsonLdOutranksOpenGraphWhichOutranksThePage() {
        String withJsonLd = "<html><head><title>From the title tag</title>"
                + "<meta property=\"og:title\" content=\"From Open Graph\">"
                + "<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"Article\","
                + "\"headline\":\"From JSON-LD\",\"author\":{\"@type\":\"Person\",\"name\":\"Ada Roe\"}}]</script>"
                + "</head><body><h1>From the heading</h1>" + PROSE + "</body></html>";
        String withOpenGraph = withJsonLd.replaceAll("<script.*</script>", "");
        String pageOnly = withOpenGraph.replaceAll("<meta[^>]*>", "");

        assertEquals("From JSON-LD", normalizer.normalize(raw("https://example.org/a", withJsonLd)).title());
        assertEquals("Ada Roe", normalizer.normalize(raw("https://example.org/a", withJsonLd)).author());
        assertEquals("From Open Graph", normalizer.normalize(raw("https://example.org/a", withOpenGraph)).title());
        assertEquals("From the title tag", normalizer.normalize(raw("https://example.org/a", pageOnly)).title());
    }

    @Test
    void theJsonLdArticleBodyWinsWhenTheExtractionMissedIt() {
        String body = "The tram line to the airport will open in May, two years later than planned. ".repeat(6)
                + "\n\nThe city blames the delay on a shortage of drivers and on repairs to a bridge. ".repeat(6);
        String teasers = "<ul><li><p>Other story number %d, with a headline long enough to look like prose to a "
                + "naive extractor, and a comma.</p></li></ul>";
        StringBuilder page = new StringBuilder("<html><head><script type=\"application/ld+json\">")
                .append(io.eventwire.contracts.serde.Json.toJson(java.util.Map.of("@type", "NewsArticle",
                        "headline", "Tram delayed", "articleBody", body)))
                .append("</script></head><body><div id=\"app\">");
        for (int i = 0; i < 6; i++) {
            page.append(String.format(teasers, i));
        }
        page.append("</div></body></html>");

        Article article = normalizer.normalize(raw("https://example.org/tram", page.toString()));

        assertTrue(article.text().startsWith("The tram line to the airport will open in May"), article.text());
        assertTrue(article.text().contains("\n\nThe city blames the delay"), article.text());
    }

    @Test
    void metaContentsEscapedTwiceAreUnescapedAndAccountHandlesAreNoAuthors() {
        String page = "<html><head><meta property=\"og:title\" content=\"The pier doesn&amp;#8217;t reopen\">"
                + "<meta name=\"twitter:creator\" content=\"@harbourdesk\"></head><body>" + PROSE + "</body></html>";

        Article article = normalizer.normalize(raw("https://example.org/a", page));

        assertEquals("The pier doesn\u2019t reopen", article.title());
        assertNull(article.author());
    }

    @Test
    void theSiteNameIsCutFromATitleTag() {
        String page = "<html><head><title>Reservoir full again, hosepipe ban lifted - Valley Herald</title>"
                + "<meta property=\"og:site_name\" content=\"Valley Herald\"></head><body>" + PROSE + "</body></html>";

        assertEquals("Reservoir full again, hosepipe ban lifted",
                normalizer.normalize(raw("https://valleyherald.example/x", page)).title());
    }

    @Test
    void aPublishedTimeElementIsThePageLevelDate() {
        String page = "<html><body><article><time class=\"entry-date published\" datetime=\"2020-05-20T00:01:19+08:00\">"
                + "20 May</time>" + PROSE + "</article></body></html>";

        assertEquals("2020-05-20T00:01:19+08:00", normalizer.normalize(raw("https://example.org/a", page)).publishedAt());
    }

    @Test
    void theSameInstantIsReportedInThePublishersLocalOffset() {
        String page = "---\ntitle: T\ndate: 2020-05-19T16:01:19+00:00\n---\n<article><time class=\"published\" "
                + "datetime=\"2020-05-20T00:01:19+08:00\">x</time>" + PROSE + "</article>";

        assertEquals("2020-05-20T00:01:19+08:00", normalizer.normalize(raw("https://example.org/a", page)).publishedAt());
    }

    @Test
    void aPageThatStatesNoDateHasNone() {
        String page = "<html><head><title>No date here</title></head><body>" + PROSE + "</body></html>";

        assertNull(normalizer.normalize(raw("https://example.org/a", page)).publishedAt());
    }

    @Test
    void aRelativeCanonicalLinkIsNotTrusted() {
        String page = "<html><head><link rel=\"canonical\" href=\"/elsewhere\"></head><body>" + PROSE + "</body></html>";

        assertEquals("https://example.org/a", normalizer.normalize(raw("https://Example.org:443/a#top", page)).canonicalUrl());
    }

    @Test
    void theSourceIsTheHostOrTheFileFolder() {
        assertEquals("news.example.com", Normalizer.source("https://News.Example.com:8443/a?b=c"));
        assertEquals("seeds", Normalizer.source("file:///work/shared/seeds/000_e8ef.txt"));
        assertEquals("my folder", Normalizer.source("file:///data/my%20folder/page.html"));
        assertNull(Normalizer.source("file:///page.html"));
        assertNull(Normalizer.source("not a url"));
    }

    @Test
    void theContentHashIgnoresSpacingAndCase() {
        String a = normalizer.normalize(raw("https://example.org/a", "<p>Reservoir   FULL again, ban lifted today.</p>"))
                .contentHash();
        String b = normalizer.normalize(raw("https://example.org/b", "<p>reservoir full again,\nban lifted today.</p>"))
                .contentHash();
        String c = normalizer.normalize(raw("https://example.org/c", "<p>Reservoir empty again, ban lifted today.</p>"))
                .contentHash();

        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void unprocessableInputIsANormalizationException() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        String binary = new String(noise, java.nio.charset.StandardCharsets.UTF_8);

        assertThrows(NormalizationException.class, () -> normalizer.normalize(raw("https://example.org/a", null)));
        assertThrows(NormalizationException.class, () -> normalizer.normalize(raw("https://example.org/a", " \n\t ")));
        assertThrows(NormalizationException.class, () -> normalizer.normalize(raw("https://example.org/a", binary)));
        NormalizationException noText = assertThrows(NormalizationException.class, () -> normalizer.normalize(
                raw("https://example.org/a", "<html><body><script>var x = 1;</script><img src=a.png></body></html>")));
        assertTrue(noText.getMessage().contains("no article text"), noText.getMessage());
    }

    @Test
    void aBodyOverTheLimitIsRefusedNotCut() {
        String huge = "<p>" + "word ".repeat(Normalizer.MAX_BODY_CHARS / 5 + 1) + "</p>";

        NormalizationException refused = assertThrows(NormalizationException.class,
                () -> normalizer.normalize(raw("https://example.org/a", huge)));
        assertTrue(refused.getMessage().contains("over the limit"), refused.getMessage());
    }

    @Test
    void aHundredThousandNestedElementsAreHandledQuicklyWithoutOverflowingTheStack() {
        String deep = "<div>".repeat(100_000) + "<p>The innermost paragraph survives the nesting, and it is long "
                + "enough to be read as prose by the extractor.</p>" + "</div>".repeat(100_000);

        Article article = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> normalizer.normalize(raw("https://example.org/deep", deep)));

        assertTrue(article.text().contains("The innermost paragraph survives the nesting"), article.text());
    }

    @Test
    void aLargePageOfThousandsOfBoilerplateSiblingsIsHandledInBoundedTime() {
        String box = "<div class=\"share-box\"><ul><li><a href=\"/a\">Share</a></li><li><a href=\"/b\">Post</a></li>"
                + "</ul></div>";
        StringBuilder page = new StringBuilder("<html><body>");
        while (page.length() < 3_000_000) {
            page.append(box).append(PROSE);
        }
        page.append("</body></html>");

        Article article = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> normalizer.normalize(raw("https://example.org/large", page.toString())));

        assertTrue(article.text().startsWith("The water board confirmed"), article.text().substring(0, 100));
        assertFalse(article.text().contains("Share"), "share boxes removed");
    }

    @Test
    void plainTextKeepsItsTitleLineOutOfTheText() {
        String text = "Reservoir full again\n\nThe water board confirmed on Monday that the reservoir is full again "
                + "after the wettest autumn in a decade, and lifted the hosepipe ban.\n";

        Article article = normalizer.normalize(raw("https://example.org/a.txt", text));

        assertEquals("Reservoir full again", article.title());
        assertTrue(article.text().startsWith("The water board confirmed"), article.text());
    }
}
