package io.eventwire.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a crawl did.
 *
 * @param requests     HTTP requests sent (robots.txt, feeds, sitemaps, pages, redirects, retries)
 * @param fetched      pages and files read (a 304 counts: the page was asked for)
 * @param published    articles acknowledged by Kafka (or handed to Connect)
 * @param unchanged    pages whose content (or validators) matched what was published before
 * @param deadLettered dead letters written (bodies over a size limit)
 * @param skipped      pages not published, by reason ({@code robots-disallowed}, {@code http-404}, …)
 */
public record CrawlSummary(long requests, long fetched, long published, long unchanged, long deadLettered,
                           Map<String, Long> skipped, Duration elapsed) {

    public CrawlSummary {
        skipped = Map.copyOf(skipped);
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public long skipped(String reason) {
        return skipped.getOrDefault(reason, 0L);
    }

    @Override
    public String toString() {
        return String.format("requests=%d fetched=%d published=%d unchanged=%d dead-lettered=%d skipped=%s in %.1fs",
                requests, fetched, published, unchanged, deadLettered, new TreeMap<>(skipped),
                elapsed.toMillis() / 1000.0);
    }
}
