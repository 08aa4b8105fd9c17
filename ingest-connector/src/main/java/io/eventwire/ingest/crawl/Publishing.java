package io.eventwire.ingest.crawl;

import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;
import io.eventwire.ingest.publish.CrawlState;
import io.eventwire.ingest.publish.DeadLetters;
import io.eventwire.ingest.publish.PageState;
import io.eventwire.ingest.publish.Publication;
import io.eventwire.ingest.publish.Publisher;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the crawler hands to its {@link Publisher}: an article unless its content was published before, or its
 * record is too large for the topic (then a dead letter: never cut); each dead letter once per URL for the
 * crawler's lifetime, so that a page refused again on the next poll is not reported twice.
 */
final class Publishing {

    private final CrawlState state;
    private final Publisher publisher;
    private final int maxRecordBytes;
    private final Set<String> deadLettered = ConcurrentHashMap.newKeySet();

    Publishing(CrawlState state, Publisher publisher, int maxRecordBytes) {
        this.state = state;
        this.publisher = publisher;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** @param stateKey the canonical URL asked for, under which the crawl state remembers the page */
    void offer(String stateKey, PageState pageState, RawArticle article, CrawlStats stats) {
        Optional<PageState> previous = state.lookup(stateKey);
        if (previous.isPresent() && previous.get().contentHash().equals(pageState.contentHash())) {
            stats.unchanged();
            return;
        }
        byte[] value = Json.toBytes(article);
        if (value.length > maxRecordBytes) {
            stats.skipped("too-large");
            deadLetter(article.canonicalUrl(), "RecordTooLarge", "raw article of " + value.length
                    + " bytes is above the topic's limit of " + maxRecordBytes + " bytes; not cut, not published",
                    stats);
            return;
        }
        publisher.publish(new Publication(stateKey, pageState, article.canonicalUrl(), value), stats);
    }

    void deadLetter(String key, String errorClass, String message, CrawlStats stats) {
        if (deadLettered.add(key)) {
            publisher.deadLetter(key, DeadLetters.refused(key, errorClass, message), stats);
        }
    }

    /** Waits until everything handed over is durable (or has failed, counted as such). */
    void flush() {
        publisher.flush();
    }
}
