package io.eventwire.ingest.publish;

import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.ingest.crawl.CrawlStats;

/**
 * Where the crawler's output goes: a Kafka producer (plain runner) or Connect source records (connector).
 * An implementation remembers a publication's {@link PageState} only once the article itself is durable,
 * and counts it as published then.
 */
public interface Publisher {

    void publish(Publication publication, CrawlStats stats);

    void deadLetter(String key, DeadLetter letter, CrawlStats stats);

    /** Waits until everything handed over is durable (or has failed, counted as such). */
    void flush();
}
