package io.eventwire.ingest.crawl;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.ingest.CrawlConfig;
import io.eventwire.ingest.CrawlSummary;
import io.eventwire.ingest.fixture.FixtureServer;
import io.eventwire.ingest.fixture.MemoryPublisher;
import io.eventwire.ingest.source.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrawlerTest {

    private static final String HTML = "text/html; charset=utf-8";
    private static final String CHINESE = "海康威视股价今日下跌百分之五，市场担忧新的出口限制。";
    private static final Charset GBK = Charset.forName("GBK");

    private FixtureServer site;
    private final MemoryPublisher out = new MemoryPublisher();

    @BeforeEach
    void startSite() {
        site = FixtureServer.start();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private Crawler crawler(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>();
        settings.put(CrawlConfig.RATE_PER_HOST, "50");
        settings.put(CrawlConfig.ALLOW_PRIVATE_ADDRESSES, "true");
        // Generous: a loaded CI machine can take seconds to answer; tests of timeouts set their own.
        settings.put(CrawlConfig.READ_TIMEOUT, "10000");
        settings.putAll(extra);
        return new Crawler(CrawlConfig.from(Settings.of(settings)), out, out);
    }

    private CrawlSummary crawl(Map<String, String> extra, Source... sources) {
        try (Crawler crawler = crawler(extra)) {
            return crawler.crawl(List.of(sources));
        }
    }

    private static Source seed(String url) {
        return new Source(Source.Kind.SEED, url, Duration.ofMinutes(15));
    }

    private static String article(String title) {
        return "<html><head><title>" + title + "</title></head><body><p>" + title + " text</p></body></html>";
    }

    @Test
    void rssAndAtomFeedItemsAreFetchedWithTheirTitlesAndDates() {
        site.text("/rss.xml", "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>News</title><link>/</link><description>d</description>
                <item><title>First story</title><link>/a/1?utm_source=rss</link>
                  <pubDate>Tue, 10 Jun 2025 09:30:00 GMT</pubDate></item>
                <item><title>Second story</title><link>%s</link></item>
                </channel></rss>""".formatted(site.url("/a/2")));
        site.text("/atom.xml", "application/atom+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:x</id>
                <updated>2025-06-10T10:00:00Z</updated>
                <entry><title>Third story</title><id>urn:3</id><link rel="alternate" href="/a/3"/>
                <updated>2025-06-10T10:00:00Z</updated></entry></feed>""");
        for (int i = 1; i <= 3; i++) {
            site.text("/a/" + i, HTML, article("Story " + i));
        }
        CrawlSummary summary = crawl(Map.of(),
                new Source(Source.Kind.FEED, site.url("/rss.xml"), Duration.ofMinutes(5)),
                new Source(Source.Kind.FEED, site.url("/atom.xml"), Duration.ofMinutes(5)));

        assertEquals(3, summary.published(), summary.toString());
        RawArticle first = out.article("/a/1?utm_source=rss");
        assertEquals("First story", first.title());
        assertEquals("2025-06-10T09:30Z", first.publishedAt());
        assertEquals(site.url("/a/1"), first.canonicalUrl(), "tracking parameter removed from the key");
        assertEquals("Third story", out.article("/a/3").title());
        assertEquals(RawArticle.SCHEMA, first.schema());
        assertEquals(200, first.httpStatus());
    }

    @Test
    void sitemapIndexLeadsToNewsSitemapPages() {
        site.text("/sitemap-index.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>%s</loc></sitemap></sitemapindex>""".formatted(site.url("/news-sitemap.xml")));
        site.text("/news-sitemap.xml", "text/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                <url><loc>%s</loc><news:news><news:publication><news:name>Fixture</news:name>
                  <news:language>en</news:language></news:publication>
                  <news:publication_date>2025-06-11T08:00:00+02:00</news:publication_date>
                  <news:title>Export ban considered</news:title></news:news></url>
                <url><loc>%s</loc><lastmod>2025-06-01</lastmod></url>
                </urlset>""".formatted(site.url("/n/1"), site.url("/n/2")));
        site.text("/n/1", HTML, article("N1"));
        site.text("/n/2", HTML, article("N2"));

        CrawlSummary summary = crawl(Map.of(),
                new Source(Source.Kind.SITEMAP, site.url("/sitemap-index.xml"), Duration.ofMinutes(5)));

        assertEquals(2, summary.published(), summary.toString());
        assertEquals("Export ban considered", out.article("/n/1").title());
        assertEquals("2025-06-11T08:00+02:00", out.article("/n/1").publishedAt());
        assertTrue(out.article("/n/2").publishedAt().startsWith("2025-06-01"));
    }

    @Test
    void gzippedSitemapFilesAreRead() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<url><loc>" + site.url("/z/1") + "</loc></url></urlset>").getBytes(StandardCharsets.UTF_8));
        }
        site.page("/sitemap.xml.gz", 200, "application/x-gzip", zipped.toByteArray());
        site.text("/z/1", HTML, article("z1"));

        CrawlSummary summary = crawl(Map.of(),
                new Source(Source.Kind.SITEMAP, site.url("/sitemap.xml.gz"), Duration.ofMinutes(5)));

        assertEquals(1, summary.published(), summary.toString());
    }

    @Test
    void robotsRulesAreObeyedAlsoAfterARedirect() {
        site.text("/robots.txt", "text/plain", """
                User-agent: *
                Disallow: /private/
                """);
        site.text("/open", HTML, article("open"));
        site.text("/private/secret", HTML, article("secret"));
        site.redirect("/moved", "/private/secret2");
        site.text("/private/secret2", HTML, article("secret2"));

        CrawlSummary summary = crawl(Map.of(), seed(site.url("/open")), seed(site.url("/private/secret")),
                seed(site.url("/moved")));

        assertEquals(1, summary.published(), summary.toString());
        assertEquals(2, summary.skipped("robots-disallowed"), summary.toString());
        assertTrue(site.hits().stream().noneMatch(hit -> hit.path().startsWith("/private/")),
                "no disallowed path requested: " + site.hits());
        assertEquals(1, site.count("/robots.txt"), "robots.txt is cached per host");
    }

    @Test
    void robotsGroupForTheCrawlerIsTheOneApplied() {
        site.text("/robots.txt", "text/plain", """
                User-agent: EventwireBot
                Disallow: /for-others-only

                User-agent: *
                Disallow: /
                """);
        site.text("/page", HTML, article("page"));
        site.text("/for-others-only", HTML, article("x"));

        CrawlSummary summary = crawl(Map.of(), seed(site.url("/page")), seed(site.url("/for-others-only")));

        assertEquals(1, summary.published(), summary.toString());
        assertEquals(0, site.count("/for-others-only"));
    }

    @Test
    void robotsTxtThatFailsOrTimesOutDisallowsForNow() {
        site.page("/robots.txt", 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
        site.text("/page", HTML, article("page"));
        try (FixtureServer slow = FixtureServer.start()) {
            slow.route("/robots.txt", exchange -> {
                sleep(3_000);
                FixtureServer.respond(exchange, 200, "text/plain", new byte[0], Map.of());
            });
            slow.text("/page", HTML, article("page"));

            CrawlSummary summary = crawl(Map.of(CrawlConfig.READ_TIMEOUT, "500"),
                    seed(site.url("/page")), seed(slow.url("/page")));

            assertEquals(0, summary.published(), summary.toString());
            assertEquals(2, summary.skipped("robots-unavailable"), summary.toString());
            assertEquals(0, site.count("/page"));
            assertEquals(0, slow.count("/page"));
        }
    }

    @Test
    void missingRobotsTxtAllowsEverything() {
        site.text("/page", HTML, article("page"));
        CrawlSummary summary = crawl(Map.of(), seed(site.url("/page")));
        assertEquals(1, summary.published(), summary.toString());
        assertEquals(1, site.count("/robots.txt"));
    }

    @Test
    void redirectLoopsAndLongChainsAreDetected() {
        site.redirect("/loop/a", "/loop/b");
        site.redirect("/loop/b", "/loop/a");
        for (int i = 0; i < 7; i++) {
            site.redirect("/chain/" + i, "/chain/" + (i + 1));
        }
        site.text("/chain/7", HTML, article("end"));
        site.redirect("/short/0", "/short/1");
        site.text("/short/1", HTML, article("short"));

        CrawlSummary summary = crawl(Map.of(), seed(site.url("/loop/a")), seed(site.url("/chain/0")),
                seed(site.url("/short/0")));

        assertEquals(1, summary.skipped("redirect-loop"), summary.toString());
        assertEquals(1, summary.skipped("too-many-redirects"), summary.toString());
        assertEquals(1, summary.published(), summary.toString());
        assertEquals(site.url("/short/1"), out.article("/short/1").url());
        assertEquals(0, site.count("/chain/6"), "five redirects followed, the sixth not");
    }

    @Test
    void errorsAreCountedByStatus() {
        site.page("/gone", 404, "text/html", "no".getBytes(StandardCharsets.UTF_8));
        site.page("/broken", 500, "text/html", "oops".getBytes(StandardCharsets.UTF_8));
        CrawlSummary summary = crawl(Map.of(), seed(site.url("/gone")), seed(site.url("/broken")));
        assertEquals(1, summary.skipped("http-404"), summary.toString());
        assertEquals(1, summary.skipped("http-500"), summary.toString());
    }

    @Test
    void tooManyRequestsIsRetriedAfterRetryAfter() {
        AtomicInteger calls = new AtomicInteger();
        site.route("/busy", exchange -> {
            if (calls.getAndIncrement() == 0) {
                FixtureServer.respond(exchange, 429, "text/plain", new byte[0], Map.of("Retry-After", "1"));
            } else {
                FixtureServer.respond(exchange, 200, HTML, article("busy").getBytes(StandardCharsets.UTF_8),
                        Map.of());
            }
        });
        site.page("/always-busy", 503, "text/plain", new byte[0]);

        CrawlSummary summary = crawl(Map.of(CrawlConfig.MAX_RETRIES, "2"), seed(site.url("/busy")),
                seed(site.url("/always-busy")));

        assertEquals(1, summary.published(), summary.toString());
        assertEquals(1, summary.skipped("http-503"), summary.toString());
        assertEquals(3, site.count("/always-busy"), "one request and two retries");
        List<FixtureServer.Hit> busy = site.hits().stream().filter(hit -> hit.path().equals("/busy")).toList();
        assertEquals(2, busy.size());
        assertTrue(busy.get(1).nanos() - busy.get(0).nanos() >= 1_000_000_000L, "Retry-After: 1 honoured");
    }

    @Test
    void slowResponsesTimeOut() {
        site.route("/slow", exchange -> {
            sleep(3_000);
            FixtureServer.respond(exchange, 200, HTML, article("slow").getBytes(StandardCharsets.UTF_8), Map.of());
        });
        CrawlSummary summary = crawl(Map.of(CrawlConfig.READ_TIMEOUT, "500"), seed(site.url("/slow")));
        assertEquals(1, summary.skipped("timeout"), summary.toString());
        assertTrue(summary.elapsed().toMillis() < 2_900, "did not wait for the slow body: " + summary.elapsed());
    }

    @Test
    void oversizeBodiesAreRefusedWithADeadLetterWithOrWithoutContentLength() {
        byte[] big = ("<html><body>" + "x".repeat(300_000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        site.page("/big", 200, HTML, big);
        site.route("/big-chunked", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", HTML);
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 40; i++) {
                    body.write(new byte[10_000]);
                    body.flush();
                }
            }
        });
        site.text("/small", HTML, article("small"));

        CrawlSummary summary = crawl(Map.of(CrawlConfig.MAX_BODY_BYTES, "100000"), seed(site.url("/big")),
                seed(site.url("/big-chunked")), seed(site.url("/small")));

        assertEquals(2, summary.skipped("too-large"), summary.toString());
        assertEquals(2, out.deadLetters.size());
        assertEquals("crawl", out.deadLetters.get(0).stage());
        assertEquals(1, summary.published());
    }

    @Test
    void recordsAboveTheTopicLimitBecomeDeadLettersNotCutBodies() {
        site.text("/large", HTML, "<html><body>" + "y".repeat(200_000) + "</body></html>");
        try (Crawler crawler = crawler(Map.of(CrawlConfig.MAX_RECORD_BYTES, "100000"))) {
            CrawlSummary summary = crawler.crawl(List.of(seed(site.url("/large"))));
            CrawlSummary again = crawler.crawl(List.of(seed(site.url("/large"))));
            assertEquals(0, summary.published());
            assertEquals(1, again.skipped("too-large"), "refused again on the next poll");
        }
        assertEquals(1, out.deadLetters.size(), "but reported once");
        assertEquals("RecordTooLarge", out.deadLetters.get(0).errorClass());
        assertEquals(site.url("/large"), out.deadLetters.get(0).originalKey());
    }

    @Test
    void binaryContentIsSkipped() {
        site.page("/photo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        site.page("/untyped", 200, null, new byte[] {1, 2, 0, 0, 3});
        CrawlSummary summary = crawl(Map.of(), seed(site.url("/photo.png")), seed(site.url("/untyped")));
        assertEquals(1, summary.skipped("content-type"), summary.toString());
        assertEquals(1, summary.skipped("binary"), summary.toString());
        assertEquals(0, summary.published());
    }

    @Test
    void gbkPagesAreDecodedWhateverTheHeaderSays() {
        String page = "<html><head><title>t</title></head><body><p>" + CHINESE.repeat(3) + "</p></body></html>";
        String withMeta = "<html><head><meta charset=\"gbk\"><title>t</title></head><body><p>" + CHINESE.repeat(3)
                + "</p></body></html>";
        site.page("/gbk-header", 200, "text/html; charset=GBK", page.getBytes(GBK));
        site.page("/gbk-meta", 200, "text/html", withMeta.getBytes(GBK));
        site.page("/gbk-nothing", 200, "text/html", page.getBytes(GBK));
        site.page("/gbk-lying-utf8", 200, "text/html; charset=utf-8", page.getBytes(GBK));
        site.page("/gbk-lying-latin1", 200, "text/html; charset=iso-8859-1", page.getBytes(GBK));
        site.page("/utf8-lying-latin1", 200, "text/html; charset=iso-8859-1", page.getBytes(StandardCharsets.UTF_8));

        CrawlSummary summary = crawl(Map.of(), seed(site.url("/gbk-header")), seed(site.url("/gbk-meta")),
                seed(site.url("/gbk-nothing")), seed(site.url("/gbk-lying-utf8")),
                seed(site.url("/gbk-lying-latin1")), seed(site.url("/utf8-lying-latin1")));

        assertEquals(6, summary.published(), summary.toString());
        for (RawArticle article : out.articles) {
            assertTrue(article.body().contains(CHINESE), article.url() + " decoded as " + article.charset()
                    + " (" + article.charsetSource() + ")");
        }
        assertEquals("header", out.article("/gbk-header").charsetSource());
        assertEquals("meta", out.article("/gbk-meta").charsetSource());
        assertEquals("detected", out.article("/gbk-nothing").charsetSource());
        assertEquals("GB18030", out.article("/gbk-nothing").charset());
    }

    @Test
    void gzipBodiesAreDecoded() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(article("zipped").getBytes(StandardCharsets.UTF_8));
        }
        site.route("/zipped", exchange -> FixtureServer.respond(exchange, 200, HTML, zipped.toByteArray(),
                Map.of("Content-Encoding", "gzip")));
        crawl(Map.of(), seed(site.url("/zipped")));
        assertTrue(out.article("/zipped").body().contains("zipped text"));
        assertEquals("gzip, deflate", site.hits().get(site.hits().size() - 1).headers().get("accept-encoding"));
    }

    @Test
    void deflateBodiesAreDecoded() throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(deflated)) {
            deflate.write(article("deflated").getBytes(StandardCharsets.UTF_8));
        }
        site.route("/deflated", exchange -> FixtureServer.respond(exchange, 200, HTML, deflated.toByteArray(),
                Map.of("Content-Encoding", "deflate")));
        crawl(Map.of(), seed(site.url("/deflated")));
        assertTrue(out.article("/deflated").body().contains("deflated text"));
    }

    @Test
    void aBodyThatTricklesPastTheReadTimeoutIsAbandoned() {
        site.route("/trickle", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", HTML);
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 20; i++) {
                    body.write("<p>drip</p>".getBytes(StandardCharsets.UTF_8));
                    body.flush();
                    sleep(200);
                }
            }
        });
        CrawlSummary summary = crawl(Map.of(CrawlConfig.READ_TIMEOUT, "800"), seed(site.url("/trickle")));
        assertEquals(1, summary.skipped("timeout"), summary.toString());
        assertEquals(0, summary.published());
    }

    @Test
    void cookiesAreNeverSentBack() {
        site.route("/sets-cookie", exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "session=secret; Path=/");
            exchange.getResponseHeaders().add("Location", "/after-cookie");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        site.text("/after-cookie", HTML, article("after"));
        crawl(Map.of(), seed(site.url("/sets-cookie")));
        assertEquals(1, out.articles.size());
        assertTrue(site.hits().stream().noneMatch(hit -> hit.headers().containsKey("cookie")
                || hit.headers().containsKey("authorization")), site.hits().toString());
    }

    @Test
    void unchangedPagesAreNotPublishedAgainAndChangedOnesAre() {
        AtomicInteger version = new AtomicInteger(1);
        site.route("/etag", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                FixtureServer.respond(exchange, 304, null, new byte[0], Map.of("ETag", "\"v1\""));
            } else {
                FixtureServer.respond(exchange, 200, HTML, article("etag").getBytes(StandardCharsets.UTF_8),
                        Map.of("ETag", "\"v1\""));
            }
        });
        site.route("/changing", exchange -> FixtureServer.respond(exchange, 200, HTML,
                article("version " + version.get()).getBytes(StandardCharsets.UTF_8), Map.of()));

        try (Crawler crawler = crawler(Map.of())) {
            CrawlSummary first = crawler.crawl(List.of(seed(site.url("/etag")), seed(site.url("/changing"))));
            CrawlSummary second = crawler.crawl(List.of(seed(site.url("/etag")), seed(site.url("/changing"))));
            version.set(2);
            CrawlSummary third = crawler.crawl(List.of(seed(site.url("/etag")), seed(site.url("/changing"))));

            assertEquals(2, first.published(), first.toString());
            assertEquals(0, second.published(), second.toString());
            assertEquals(2, second.unchanged(), second.toString());
            assertEquals(1, third.published(), third.toString());
            assertTrue(out.articles.get(out.articles.size() - 1).body().contains("version 2"));
        }
        assertEquals(2, site.hits().stream().filter(hit -> hit.path().equals("/etag")
                && "\"v1\"".equals(hit.headers().get("if-none-match"))).count(), "conditional GET sent");
    }

    @Test
    void relCanonicalGivesTheKey() {
        site.text("/amp/story", HTML, "<html><head><link rel=\"canonical\" href=\"/story#top\"></head>"
                + "<body>s</body></html>");
        crawl(Map.of(), seed(site.url("/amp/story")));
        assertEquals(site.url("/story"), out.keys.get(0));
        assertEquals(site.url("/story"), out.article("/amp/story").canonicalUrl());
    }

    @Test
    void privateAddressesAreRefusedByDefaultAlsoAfterARedirect() {
        try (FixtureServer other = FixtureServer.start()) {
            other.text("/internal", HTML, article("internal"));
            site.redirect("/to-loopback", other.url("/internal"));
            site.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
            site.redirect("/to-ipv6-loopback", "http://[::1]:" + other.port() + "/internal");
            site.text("/fine", HTML, article("fine"));

            // The fixture itself is on loopback, so it alone is allowed by host and port.
            CrawlSummary summary = crawl(Map.of(CrawlConfig.ALLOW_PRIVATE_ADDRESSES, "false",
                            CrawlConfig.ALLOWED_PRIVATE_HOSTS, "127.0.0.1:" + site.port()),
                    seed(site.url("/to-loopback")), seed(site.url("/to-metadata")),
                    seed(site.url("/to-ipv6-loopback")), seed(site.url("/fine")), seed(other.url("/internal?direct")));

            assertEquals(4, summary.skipped("private-address"), summary.toString());
            assertEquals(1, summary.published(), summary.toString());
            assertTrue(other.hits().isEmpty(), "nothing reached the other loopback server: " + other.hits());
        }
    }

    @Test
    void requestsToOneHostStayUnderTheRateAndCrawlDelay() {
        for (int i = 0; i < 6; i++) {
            site.text("/p/" + i, HTML, article("p" + i));
        }
        Source[] seeds = new Source[6];
        for (int i = 0; i < 6; i++) {
            seeds[i] = seed(site.url("/p/" + i));
        }
        crawl(Map.of(CrawlConfig.RATE_PER_HOST, "4", CrawlConfig.MAX_CONCURRENCY, "6"), seeds);

        assertTrue(site.minGapNanos().values().stream().allMatch(gap -> gap >= 250_000_000L), site.minGapNanos()
                .toString());
        assertTrue(site.maxPerWindow(1_000_000_000L).values().stream().allMatch(count -> count <= 4),
                site.maxPerWindow(1_000_000_000L).toString());
    }

    @Test
    void crawlDelayLowersTheRate() {
        site.text("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");
        site.text("/a", HTML, article("a"));
        site.text("/b", HTML, article("b"));
        crawl(Map.of(CrawlConfig.RATE_PER_HOST, "20"), seed(site.url("/a")), seed(site.url("/b")));
        assertTrue(site.minGapNanos().values().stream().allMatch(gap -> gap >= 1_000_000_000L),
                site.minGapNanos().toString());
        assertEquals(2, out.articles.size());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void noTitleIsInventedForSeeds() {
        site.text("/plain", HTML, article("Plain"));
        crawl(Map.of(), seed(site.url("/plain")));
        assertNull(out.article("/plain").title());
    }
}
