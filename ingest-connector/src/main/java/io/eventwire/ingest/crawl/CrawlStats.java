package io.eventwire.ingest.crawl;

import io.eventwire.ingest.CrawlSummary;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The running counts of one crawl pass, updated from worker and producer threads. */
public final class CrawlStats {

    private final long started = System.nanoTime();
    private final LongAdder requests = new LongAdder();
    private final LongAdder fetched = new LongAdder();
    private final LongAdder published = new LongAdder();
    private final LongAdder unchanged = new LongAdder();
    private final LongAdder deadLettered = new LongAdder();
    private final Map<String, LongAdder> skipped = new ConcurrentHashMap<>();

    public void request() {
        requests.increment();
    }

    public void fetched() {
        fetched.increment();
    }

    public void published() {
        published.increment();
    }

    public void unchanged() {
        unchanged.increment();
    }

    public void deadLettered() {
        deadLettered.increment();
    }

    public void skipped(String reason) {
        skipped.computeIfAbsent(reason, key -> new LongAdder()).increment();
    }

    public CrawlSummary snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        skipped.forEach((reason, count) -> counts.put(reason, count.sum()));
        return new CrawlSummary(requests.sum(), fetched.sum(), published.sum(), unchanged.sum(), deadLettered.sum(),
                counts, Duration.ofNanos(System.nanoTime() - started));
    }
}
