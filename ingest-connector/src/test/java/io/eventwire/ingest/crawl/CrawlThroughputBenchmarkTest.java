package io.eventwire.ingest.crawl;

import io.eventwire.contracts.config.Settings;
import io.eventwire.ingest.CrawlConfig;
import io.eventwire.ingest.CrawlRunner;
import io.eventwire.ingest.CrawlSummary;
import io.eventwire.ingest.fixture.FixtureServer;
import io.eventwire.ingest.fixture.MemoryPublisher;
import io.eventwire.ingest.source.Source;
import io.eventwire.testkit.KafkaBackends;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages per second against 50 local hosts (127.0.0.1 … 127.0.0.50, one server each), with the
 * requests-per-host limit checked on every server's own log. Not part of the build: run with
 * {@code -Deventwire.bench=true}; {@code fiftyHosts} crawls into memory, {@code fiftyHostsIntoKafka} through
 * the plain runner into the embedded broker; optional {@code -Dbench.rate=1 -Dbench.concurrency=16 -Dbench.pages=20}.
 */
@EnabledIfSystemProperty(named = "eventwire.bench", matches = "true")
class CrawlThroughputBenchmarkTest {

    private static final int HOSTS = 50;

    @Test
    void fiftyHosts() {
        run(false);
    }

    /** The same through the plain runner into the embedded broker: publishing and state included. */
    @Test
    void fiftyHostsIntoKafka() {
        run(true);
    }

    private void run(boolean kafka) {
        double rate = Double.parseDouble(System.getProperty("bench.rate", "1"));
        int concurrency = Integer.getInteger("bench.concurrency", 16);
        int pages = Integer.getInteger("bench.pages", 20);
        String body = "<html><head><title>t</title></head><body>" + "<p>Lorem ipsum dolor sit amet. </p>".repeat(300)
                + "</body></html>";
        List<FixtureServer> servers = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        try {
            for (int h = 1; h <= HOSTS; h++) {
                FixtureServer server = FixtureServer.start("127.0.0." + h);
                servers.add(server);
                StringBuilder urls = new StringBuilder();
                for (int p = 0; p < pages; p++) {
                    server.text("/article/" + p, "text/html; charset=utf-8", body.replace("<title>t", "<title>" + p));
                    urls.append("<url><loc>").append(server.url("/article/" + p)).append("</loc></url>");
                }
                server.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
                server.text("/sitemap.xml", "application/xml", "<?xml version=\"1.0\"?><urlset "
                        + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + urls + "</urlset>");
                sources.add(new Source(Source.Kind.SITEMAP, server.url("/sitemap.xml"), Duration.ofMinutes(15)));
            }
            Map<String, String> values = new HashMap<>(Map.of(
                    CrawlConfig.RATE_PER_HOST, Double.toString(rate),
                    CrawlConfig.MAX_CONCURRENCY, Integer.toString(concurrency),
                    CrawlConfig.ALLOW_PRIVATE_ADDRESSES, "true"));
            CrawlSummary summary;
            if (kafka) {
                values.put(CrawlRunner.BOOTSTRAP_SERVERS, KafkaBackends.shared("embedded").bootstrapServers());
                values.put(CrawlRunner.TOPIC_PREFIX, "bench-" + System.nanoTime() + ".");
                values.put(Source.SOURCES, String.join("\n", sources.stream().map(Source::format).toList()));
                try (CrawlRunner runner = new CrawlRunner(Settings.of(values))) {
                    summary = runner.runOnce();
                }
            } else {
                MemoryPublisher out = new MemoryPublisher();
                try (Crawler crawler = new Crawler(CrawlConfig.from(Settings.of(values)), out, out)) {
                    summary = crawler.crawl(sources);
                }
            }
            double seconds = summary.elapsed().toNanos() / 1e9;
            int worstWindow = 0;
            long shortestGap = Long.MAX_VALUE;
            for (FixtureServer server : servers) {
                worstWindow = Math.max(worstWindow, server.maxPerWindow(1_000_000_000L).values().stream()
                        .mapToInt(Integer::intValue).max().orElse(0));
                shortestGap = Math.min(shortestGap, server.minGapNanos().values().stream()
                        .mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE));
            }
            System.out.printf("BENCH %s hosts=%d pages/host=%d rate.per.host=%s max.concurrency=%d: %d pages in %.2f s "
                            + "= %.1f pages/s (%d requests = %.1f requests/s); most requests to one host in any 1 s "
                            + "window: %d; shortest gap between two requests to one host: %.0f ms%n",
                    kafka ? "into-kafka" : "in-memory", HOSTS, pages, rate, concurrency, summary.published(), seconds, summary.published() / seconds,
                    summary.requests(), summary.requests() / seconds, worstWindow, shortestGap / 1e6);
            assertEquals((long) HOSTS * pages, summary.published(), summary.toString());
            assertTrue(worstWindow <= Math.max(1, (int) Math.floor(rate)), "rate limit held: " + worstWindow);
        } finally {
            servers.forEach(FixtureServer::close);
        }
    }
}
