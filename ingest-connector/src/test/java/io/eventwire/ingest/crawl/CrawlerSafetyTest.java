package io.eventwire.ingest.crawl;

import io.eventwire.contracts.config.Settings;
import io.eventwire.ingest.CrawlConfig;
import io.eventwire.ingest.CrawlSummary;
import io.eventwire.ingest.fixture.FixtureServer;
import io.eventwire.ingest.fixture.MemoryPublisher;
import io.eventwire.ingest.source.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crawler-safety cases CrawlerTest does not already cover (it covers redirects to 127.0.0.1,
 * 169.254.169.254 and [::1], robots rules after a redirect, and the body limit on chunked responses):
 * host names and address spellings that resolve to private ranges, and no cookie or credential reaching
 * another host.
 */
class CrawlerSafetyTest {

    private static final String HTML = "text/html; charset=utf-8";

    private FixtureServer site;
    private FixtureServer other;
    private final MemoryPublisher out = new MemoryPublisher();

    @BeforeEach
    void start() {
        site = FixtureServer.start();
        other = FixtureServer.start();
    }

    @AfterEach
    void stop() {
        site.close();
        other.close();
    }

    private CrawlSummary crawl(Map<String, String> extra, String... seeds) {
        Map<String, String> settings = new HashMap<>();
        settings.put(CrawlConfig.RATE_PER_HOST, "50");
        settings.put(CrawlConfig.READ_TIMEOUT, "2000");
        settings.putAll(extra);
        try (Crawler crawler = new Crawler(CrawlConfig.from(Settings.of(settings)), out, out)) {
            return crawler.crawl(Arrays.stream(seeds)
                    .map(url -> new Source(Source.Kind.SEED, url, Duration.ofMinutes(15))).toList());
        }
    }

    private static String article(String title) {
        return "<html><head><title>" + title + "</title></head><body><p>" + title + " text</p></body></html>";
    }

    @Test
    void namesAndSpellingsThatResolveToPrivateAddressesAreRefusedByDefault() {
        other.text("/internal", HTML, article("internal"));
        int port = other.port();
        site.redirect("/to-localhost", "http://localhost:" + port + "/internal");
        site.redirect("/to-mapped", "http://[::ffff:127.0.0.1]:" + port + "/internal");
        site.redirect("/to-short-form", "http://127.1:" + port + "/internal");
        site.text("/fine", HTML, article("fine"));

        // Only the fixture's own host:port is allowed (it is on loopback too); every other spelling is not.
        CrawlSummary summary = crawl(Map.of(CrawlConfig.ALLOW_PRIVATE_ADDRESSES, "false",
                        CrawlConfig.ALLOWED_PRIVATE_HOSTS, "127.0.0.1:" + site.port()),
                site.url("/to-localhost"), site.url("/to-mapped"), site.url("/to-short-form"), site.url("/fine"),
                "http://localhost:" + port + "/internal?direct", "http://0.0.0.0:" + port + "/internal?any");

        // 127.1 is not a host name java.net.URI accepts: refused as an unsupported URL before any lookup.
        assertEquals(4, summary.skipped("private-address"), summary.toString());
        assertEquals(1, summary.skipped("unsupported-url"), summary.toString());
        assertEquals(1, summary.published(), summary.toString());
        assertTrue(other.hits().isEmpty(), "nothing reached the loopback server by any name: " + other.hits());
    }

    @Test
    void noCookieOrCredentialIsCarriedToAnotherHostOrBack() {
        site.route("/login", exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "session=secret-a; Path=/");
            exchange.getResponseHeaders().add("Location", other.url("/landing"));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        other.route("/landing", exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "tracker=secret-b; Path=/");
            exchange.getResponseHeaders().add("Location", site.url("/back"));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        site.text("/back", HTML, article("back"));
        other.redirect("/hop", site.url("/after-credentials"));
        site.text("/after-credentials", HTML, article("after credentials"));

        crawl(Map.of(CrawlConfig.ALLOW_PRIVATE_ADDRESSES, "true"), site.url("/login"),
                "http://reader:s3cret@" + other.host() + ":" + other.port() + "/hop");

        List<FixtureServer.Hit> hits = new java.util.ArrayList<>(site.hits());
        hits.addAll(other.hits());
        assertTrue(hits.stream().anyMatch(hit -> hit.path().equals("/back")), "the redirect chain was followed: " + hits);
        for (FixtureServer.Hit hit : hits) {
            assertTrue(!hit.headers().containsKey("cookie"), "no cookie sent: " + hit);
            assertTrue(!hit.headers().containsKey("authorization"), "no credentials sent: " + hit);
            assertTrue(!hit.headers().containsKey("proxy-authorization"), "no proxy credentials sent: " + hit);
        }
    }
}
