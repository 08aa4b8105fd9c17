package io.eventwire.sink.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one record of an enriched topic into its {@code _bulk} action: the record key is the {@code _id} (for dead
 * letters, their topic-partition-offset), the JSON value is the document with {@code @timestamp} added, and a
 * tombstone (null value) deletes the document.
 *
 * <p>{@code @timestamp} is the first parsable date of {@link IndexKind#timestampFields()} (articles:
 * publishedAt, else fetchedAt; events: publishedAt; consolidated events: firstSeen, else lastSeen; dead
 * letters: failedAt), else the Kafka record's timestamp, else the current time. The record timestamp comes
 * before "now" so that a replay writes the same document as the first run did.
 *
 * <p>A value on one line is kept byte for byte with {@code @timestamp} inserted (one streaming pass checks it is a
 * JSON object and reads its dates); a value spread over lines, or with an {@code @timestamp} of its own, is parsed
 * and written again (on one line, the record's own {@code @timestamp} replaced), as NDJSON requires. Not
 * thread-safe (it reuses a buffer); one per consuming thread.
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
    private static final byte[] TIMESTAMP_OPEN = ("\"" + TIMESTAMP_FIELD + "\":\"").getBytes(StandardCharsets.UTF_8);
    private static final byte[] QUOTE = "\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] QUOTE_COMMA = "\",".getBytes(StandardCharsets.UTF_8);

    private final IndexLayout layout;
    private final Clock clock;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);

    public DocumentMapper(IndexLayout layout, Clock clock) {
        this.layout = layout;
        this.clock = clock;
    }

    /**
     * The action for the record at {@code offset} of {@code topic}'s {@code partition}.
     *
     * @param timestamp the record's timestamp in epoch milliseconds, negative when it has none
     * @throws InvalidRecordException when the record has no usable key or its value is not a JSON object
     */
    public BulkAction map(String topic, int partition, long offset, byte[] key, byte[] value, long timestamp) {
        IndexKind kind = layout.kindOf(topic);
        String index = layout.indexName(kind);
        // A dead letter's key is the original record's key, shared by every failure of that record (and null for
        // a keyless one): each letter is a document of its own, under its position in news.dlq, which a replay
        // of the topic finds again.
        String id = kind == IndexKind.ERRORS ? topic + "-" + partition + "-" + offset : id(key);
        buffer.reset();
        try {
            if (value == null) {
                writeActionLine(DELETE_OPEN, index, id);
                return new BulkAction(index, id, true, buffer.toByteArray());
            }
            writeActionLine(INDEX_OPEN, index, id);
            Scan scan = scan(kind, value);
            if (scan.spliceable()) {
                return new BulkAction(index, id, false, splice(value, scan, timestamp(kind, scan.dates(), timestamp)));
            }
            ObjectNode document = document(value);
            document.put(TIMESTAMP_FIELD, timestamp(kind, scan.dates(), timestamp).toString());
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

    /**
     * What one pass of the streaming parser learns about a value: that it is one JSON object (or it throws), the
     * top-level date fields {@code @timestamp} may come from, and whether the original bytes can be kept.
     *
     * @param open       byte offset of the object's opening brace
     * @param spliceable one line and no {@code @timestamp} of its own: the bytes are kept, the field inserted
     */
    private record Scan(int open, boolean empty, Map<String, String> dates, boolean spliceable) {
    }

    private static Scan scan(IndexKind kind, byte[] value) {
        try (JsonParser parser = MAPPER.getFactory().createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidRecordException("value is not a JSON object");
            }
            int open = (int) parser.currentTokenLocation().getByteOffset();
            Map<String, String> dates = new HashMap<>(4);
            boolean empty = true;
            boolean ownTimestamp = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                empty = false;
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if (token == JsonToken.VALUE_STRING && kind.timestampFields().contains(name)) {
                    dates.put(name, parser.getText());
                }
                ownTimestamp |= name.equals(TIMESTAMP_FIELD);
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                throw new InvalidRecordException("value has content after its JSON object");
            }
            return new Scan(open, empty, dates, !ownTimestamp && oneLine(parser));
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("value is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the value, read to its end, held no CR or LF. JSON strings cannot hold raw line breaks (the parser
     * refuses them), so any there are are whitespace between tokens, which NDJSON forbids; the parser counts them as
     * it skips that whitespace (a CR, an LF or a CR LF each start a line). Asking it spares a second pass over every
     * byte of the value, which cost a quarter of the sink thread's time.
     */
    private static boolean oneLine(JsonParser parser) {
        return parser.currentLocation().getLineNr() == 1;
    }

    /**
     * The action line in the buffer, then the original bytes with {@code "@timestamp":"…"} inserted as the first
     * field and a line end: no re-encoding of the text, and the value copied once, straight into the action.
     */
    private byte[] splice(byte[] value, Scan scan, Instant timestamp) throws IOException {
        int actionLine = buffer.size();
        buffer.write(TIMESTAMP_OPEN);
        buffer.write(timestamp.toString().getBytes(StandardCharsets.US_ASCII));
        buffer.write(scan.empty() ? QUOTE : QUOTE_COMMA);
        // The action line and the field: a few dozen bytes. The value goes around the field in the action.
        byte[] head = buffer.toByteArray();
        int cut = scan.open() + 1;
        byte[] action = new byte[head.length + value.length + 1];
        System.arraycopy(head, 0, action, 0, actionLine);
        System.arraycopy(value, 0, action, actionLine, cut);
        System.arraycopy(head, actionLine, action, actionLine + cut, head.length - actionLine);
        System.arraycopy(value, cut, action, head.length + cut, value.length - cut);
        action[action.length - 1] = '\n';
        return action;
    }

    private Instant timestamp(IndexKind kind, Map<String, String> dates, long recordTimestamp) {
        for (String field : kind.timestampFields()) {
            Optional<Instant> parsed = Timestamps.parse(dates.get(field));
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        return recordTimestamp >= 0 ? Instant.ofEpochMilli(recordTimestamp) : clock.instant();
    }

    private void writeActionLine(byte[] open, String index, String id) throws IOException {
        buffer.write(open);
        writeJsonString(index);
        buffer.write(ID_FIELD);
        writeJsonString(id);
        buffer.write(ACTION_CLOSE);
    }

    /**
     * {@code text} as a JSON string. Index names and ids are nearly always printable ASCII without quotes or
     * backslashes, which JSON writes as they are; anything else goes through Jackson, so the bytes are Jackson's
     * either way. (A generator per call cost more than the rest of the action line.)
     */
    private void writeJsonString(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                MAPPER.writeValue(buffer, text);
                return;
            }
        }
        buffer.write('"');
        buffer.write(text.getBytes(StandardCharsets.US_ASCII));
        buffer.write('"');
    }
}
