package io.eventwire.sink.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventwire.contracts.serde.InvalidRecordException;
import io.eventwire.contracts.serde.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns one record of an enriched topic into its {@code _bulk} action: the record key is the {@code _id}, the
 * JSON value is the document with {@code @timestamp} added, and a tombstone (null value) deletes the document.
 *
 * <p>{@code @timestamp} is the first parsable date of {@link IndexKind#timestampFields()} (articles:
 * publishedAt, else fetchedAt; events: publishedAt; consolidated events: firstSeen, else lastSeen; dead
 * letters: failedAt), else the Kafka record's timestamp, else the current time. The record timestamp comes
 * before "now" so that a replay writes the same document as the first run did.
 *
 * <p>The value is parsed and written again rather than copied: the output is one line whatever the producer's
 * formatting, which NDJSON requires. Not thread-safe (it reuses a buffer); one per consuming thread.
 */
public final class DocumentMapper {

    public static final String TIMESTAMP_FIELD = "@timestamp";
    /** Elasticsearch refuses longer ids. */
    static final int MAX_ID_BYTES = 512;

    private static final ObjectMapper MAPPER = Json.MAPPER;
    private static final byte[] INDEX_OPEN = "{\"index\":{\"_index\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DELETE_OPEN = "{\"delete\":{\"_index\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ID_FIELD = ",\"_id\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ACTION_CLOSE = "}}\n".getBytes(StandardCharsets.UTF_8);

    private final IndexLayout layout;
    private final Clock clock;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);

    public DocumentMapper(IndexLayout layout, Clock clock) {
        this.layout = layout;
        this.clock = clock;
    }

    /**
     * The action for a record of {@code topic}.
     *
     * @param timestamp the record's timestamp in epoch milliseconds, negative when it has none
     * @throws InvalidRecordException when the record has no usable key or its value is not a JSON object
     */
    public BulkAction map(String topic, byte[] key, byte[] value, long timestamp) {
        IndexKind kind = layout.kindOf(topic);
        String index = layout.indexName(kind);
        String id = id(key);
        buffer.reset();
        try {
            if (value == null) {
                writeActionLine(DELETE_OPEN, index, id);
                return new BulkAction(index, id, true, buffer.toByteArray());
            }
            ObjectNode document = document(value);
            document.put(TIMESTAMP_FIELD, timestamp(kind, document, timestamp).toString());
            writeActionLine(INDEX_OPEN, index, id);
            MAPPER.writeValue(buffer, document);
            buffer.write('\n');
            return new BulkAction(index, id, false, buffer.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String id(byte[] key) {
        if (key == null || key.length == 0) {
            throw new InvalidRecordException("record has no key, and the key is the document _id");
        }
        if (key.length > MAX_ID_BYTES) {
            throw new InvalidRecordException("record key is " + key.length + " bytes, longer than the "
                    + MAX_ID_BYTES + " an _id may have");
        }
        return new String(key, StandardCharsets.UTF_8);
    }

    private static ObjectNode document(byte[] value) {
        JsonNode node;
        try {
            node = MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("value is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidRecordException("value is not a JSON object");
        }
        return object;
    }

    private Instant timestamp(IndexKind kind, ObjectNode document, long recordTimestamp) {
        for (String field : kind.timestampFields()) {
            JsonNode value = document.get(field);
            if (value != null && value.isTextual()) {
                Optional<Instant> parsed = Timestamps.parse(value.asText());
                if (parsed.isPresent()) {
                    return parsed.get();
                }
            }
        }
        return recordTimestamp >= 0 ? Instant.ofEpochMilli(recordTimestamp) : clock.instant();
    }

    private void writeActionLine(byte[] open, String index, String id) throws IOException {
        buffer.write(open);
        MAPPER.writeValue(buffer, index);
        buffer.write(ID_FIELD);
        MAPPER.writeValue(buffer, id);
        buffer.write(ACTION_CLOSE);
    }
}
