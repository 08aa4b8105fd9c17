package io.eventwire.sink.index;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.serde.Json;
import io.eventwire.sink.consume.Output;
import io.eventwire.sink.document.BulkAction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Search-engine mode: batches actions (by count, bytes and linger) into {@code _bulk} requests. An item the engine
 * refuses for good (a mapping error, any 4xx but 429) is handed back as rejected, for the dead-letter topic; items
 * refused for a passing reason (429, 5xx) are sent again with backoff, alone, until the engine takes them.
 */
public final class BulkIndexer implements Output {

    private static final Logger LOG = LoggerFactory.getLogger(BulkIndexer.class);
    static final String NDJSON = "application/x-ndjson";

    private final EngineClient client;
    private final Backoff backoff;
    private final int maxDocuments;
    private final long maxBytes;
    private final long lingerMillis;
    private final Clock clock;
    private final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    private final List<BulkAction> actions = new ArrayList<>();
    private long bytes;
    private long firstAtMillis;

    public BulkIndexer(EngineClient client, EngineSettings settings, Backoff backoff, Clock clock) {
        this.client = client;
        this.backoff = backoff;
        this.maxDocuments = settings.batchDocuments();
        this.maxBytes = settings.batchBytes();
        this.lingerMillis = settings.linger().toMillis();
        this.clock = clock;
    }

    /** The engine holds no offsets: Kafka's committed offsets are the only position. */
    @Override
    public Map<TopicPartition, Long> durablePositions(Collection<TopicPartition> partitions) {
        return Map.of();
    }

    @Override
    public void write(ConsumerRecord<byte[], byte[]> record, BulkAction action) {
        if (actions.isEmpty()) {
            firstAtMillis = clock.millis();
        }
        records.add(record);
        actions.add(action);
        bytes += action.size();
    }

    @Override
    public boolean due() {
        return !actions.isEmpty() && (actions.size() >= maxDocuments || bytes >= maxBytes
                || clock.millis() - firstAtMillis >= lingerMillis);
    }

    @Override
    public List<Rejected> flush() {
        if (actions.isEmpty()) {
            return List.of();
        }
        List<Integer> pending = new ArrayList<>(actions.size());
        for (int i = 0; i < actions.size(); i++) {
            pending.add(i);
        }
        List<Rejected> rejected = new ArrayList<>();
        send(pending, rejected);
        records.clear();
        actions.clear();
        bytes = 0;
        return rejected;
    }

    /** Sends the actions numbered {@code pending} until each is indexed or rejected for good. */
    private void send(List<Integer> pending, List<Rejected> rejected) {
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > 1) {
                backoff.await(attempt - 1);
            }
            List<byte[]> body = new ArrayList<>(pending.size());
            pending.forEach(i -> body.add(actions.get(i).bytes()));
            EngineClient.Response response = client.send("POST", "/_bulk", NDJSON, body);
            if (response.status() == 413) {
                pending = tooLarge(pending, rejected);
                continue;
            }
            if (!response.ok()) {
                throw new IllegalStateException("the engine refused a bulk request with HTTP " + response.status()
                        + ": " + excerpt(response.text()));
            }
            pending = retryable(pending, response, rejected);
            if (!pending.isEmpty()) {
                LOG.warn("{} bulk items refused for a passing reason, sending them again", pending.size());
            }
        }
    }

    /** A request too large for the engine's http.max_content_length: halves are sent alone. */
    private List<Integer> tooLarge(List<Integer> pending, List<Rejected> rejected) {
        if (pending.size() == 1) {
            int i = pending.get(0);
            rejected.add(new Rejected(records.get(i), actions.get(i), "request_entity_too_large",
                    "a single document of " + actions.get(i).size() + " bytes is larger than the engine accepts"));
            return List.of();
        }
        int half = pending.size() / 2;
        send(new ArrayList<>(pending.subList(0, half)), rejected);
        send(new ArrayList<>(pending.subList(half, pending.size())), rejected);
        return List.of();
    }

    /** Reads the per-item results; returns the items to send again, adds those refused for good to rejected. */
    private List<Integer> retryable(List<Integer> pending, EngineClient.Response response, List<Rejected> rejected) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("the engine answered a bulk request with something that is not JSON", e);
        }
        if (!root.path("errors").asBoolean(true)) {
            return List.of();
        }
        JsonNode items = root.path("items");
        if (items.size() != pending.size()) {
            throw new IllegalStateException("the engine answered " + items.size() + " items for " + pending.size()
                    + " actions");
        }
        List<Integer> again = new ArrayList<>();
        for (int n = 0; n < pending.size(); n++) {
            Iterator<JsonNode> results = items.get(n).elements();
            JsonNode result = results.hasNext() ? results.next() : items.get(n);
            int status = result.path("status").asInt(0);
            int i = pending.get(n);
            if (status / 100 == 2 || (status == 404 && actions.get(i).delete())) {
                continue;
            }
            if (status == 429 || status >= 500 || status == 0) {
                again.add(i);
            } else {
                JsonNode error = result.path("error");
                rejected.add(new Rejected(records.get(i), actions.get(i), error.path("type").asText("http_" + status),
                        reason(error)));
            }
        }
        return again;
    }

    /** The engine's reason, with the cause it gives (the field and value a mapping error is about). */
    static String reason(JsonNode error) {
        StringBuilder out = new StringBuilder(error.path("reason").asText(error.toString()));
        JsonNode cause = error.path("caused_by");
        if (!cause.isMissingNode()) {
            out.append(" (caused by ").append(cause.path("type").asText("?")).append(": ")
                    .append(cause.path("reason").asText("")).append(')');
        }
        return out.toString();
    }

    private static String excerpt(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }

    /** Actions not flushed are dropped: their offsets were not committed, so they are read again. */
    @Override
    public void close() {
        records.clear();
        actions.clear();
    }
}
