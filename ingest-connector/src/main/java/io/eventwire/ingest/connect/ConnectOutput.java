package io.eventwire.ingest.connect;

import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.ingest.crawl.CrawlStats;
import io.eventwire.ingest.publish.CrawlState;
import io.eventwire.ingest.publish.PageState;
import io.eventwire.ingest.publish.Publication;
import io.eventwire.ingest.publish.Publisher;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.OffsetStorageReader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The crawler's output and memory in connector mode. Each article becomes a source record whose source
 * partition is the requested URL and whose source offset is its {@link PageState}: Connect commits the
 * offset once the record is written, and a restarted task reads it back, so an unchanged page is not
 * published again. Records wait in a bounded queue for {@code poll()}; a full queue slows the crawl.
 */
final class ConnectOutput implements Publisher, CrawlState {

    static final String URL = "url";
    static final String HASH = "hash";
    static final String ETAG = "etag";
    static final String LAST_MODIFIED = "lastModified";

    private final BlockingQueue<SourceRecord> queue = new LinkedBlockingQueue<>(1_000);
    /** What this task handed over, before Connect has committed it as an offset. */
    private final Map<String, PageState> handedOver = new ConcurrentHashMap<>();
    private final OffsetStorageReader offsets;
    private final Topics topics;
    private volatile boolean closed;

    ConnectOutput(OffsetStorageReader offsets, Topics topics) {
        this.offsets = offsets;
        this.topics = topics;
    }

    @Override
    public Optional<PageState> lookup(String url) {
        PageState recent = handedOver.get(url);
        if (recent != null) {
            return Optional.of(recent);
        }
        Map<String, Object> offset = offsets.offset(Map.of(URL, url));
        if (offset == null || !(offset.get(HASH) instanceof String hash)) {
            return Optional.empty();
        }
        return Optional.of(new PageState(hash, (String) offset.get(ETAG), (String) offset.get(LAST_MODIFIED)));
    }

    @Override
    public void publish(Publication publication, CrawlStats stats) {
        Map<String, Object> offset = new HashMap<>();
        offset.put(HASH, publication.state().contentHash());
        if (publication.state().etag() != null) {
            offset.put(ETAG, publication.state().etag());
        }
        if (publication.state().lastModified() != null) {
            offset.put(LAST_MODIFIED, publication.state().lastModified());
        }
        put(new SourceRecord(Map.of(URL, publication.stateKey()), offset, topics.raw(), null, Schema.STRING_SCHEMA,
                publication.key(), Schema.STRING_SCHEMA, new String(publication.value(), StandardCharsets.UTF_8)));
        handedOver.put(publication.stateKey(), publication.state());
        stats.published();
    }

    @Override
    public void deadLetter(String key, DeadLetter letter, CrawlStats stats) {
        put(new SourceRecord(null, null, topics.deadLetters(), null, Schema.STRING_SCHEMA, key,
                Schema.STRING_SCHEMA, Json.toJson(letter)));
        stats.deadLettered();
    }

    /** Connect delivers what {@code poll()} returned; nothing is buffered on this side beyond the queue. */
    @Override
    public void flush() {
    }

    private void put(SourceRecord record) {
        try {
            while (!queue.offer(record, 1, TimeUnit.SECONDS)) {
                if (closed) {
                    throw new IllegalStateException("task stopped while handing over " + record.key());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("task stopped while handing over " + record.key(), e);
        }
    }

    /** Releases crawler threads waiting for room in the queue: nobody will poll any more. */
    void close() {
        closed = true;
    }

    /** Waits up to {@code timeoutMs} for records, then returns what is there (null when nothing). */
    List<SourceRecord> take(long timeoutMs, int max) throws InterruptedException {
        SourceRecord first = queue.poll(timeoutMs, TimeUnit.MILLISECONDS);
        if (first == null) {
            return null;
        }
        List<SourceRecord> records = new ArrayList<>();
        records.add(first);
        queue.drainTo(records, max - 1);
        return records;
    }
}
