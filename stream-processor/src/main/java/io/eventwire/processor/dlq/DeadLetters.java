package io.eventwire.processor.dlq;

import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicSpec;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Builds the {@code news.dlq} record for a record that failed at some stage: why, where from, and its bytes. */
public final class DeadLetters {

    /** Long messages (a parser's dump of half a page) are cut: the original bytes are in the record anyway. */
    private static final int MAX_MESSAGE_CHARS = 2_000;
    /**
     * The largest original value a dead letter embeds: Base64 of it (4/3) plus the letter must stay under the
     * DLQ topic's and the producer's 16 MiB. A larger value (a highly compressible 50 MB body fits in
     * news.raw's 8 MiB compressed) made a dead letter the producer refused, which poisoned the exactly-once
     * transaction and replayed the same record forever. Such a letter names the source topic, partition and
     * offset instead, where the bytes stay for the topic's retention.
     */
    public static final int MAX_EMBEDDED_ORIGINAL_BYTES = (TopicSpec.DLQ_MAX_MESSAGE_BYTES - 1024 * 1024) / 4 * 3;

    private DeadLetters() {
    }

    public static DeadLetter of(String stage, Throwable error, String sourceTopic, Integer partition, Long offset,
                                byte[] originalKey, byte[] originalValue) {
        boolean embedded = originalValue == null || originalValue.length <= MAX_EMBEDDED_ORIGINAL_BYTES;
        String message = embedded ? message(error) : message(error) + " [original value of " + originalValue.length
                + " bytes not embedded (over " + MAX_EMBEDDED_ORIGINAL_BYTES + "): see " + sourceTopic + "-"
                + partition + "@" + offset + "]";
        return new DeadLetter(
                DeadLetter.SCHEMA,
                stage,
                error.getClass().getName(),
                message,
                sourceTopic,
                partition,
                offset,
                originalKey == null ? null : new String(originalKey, StandardCharsets.UTF_8),
                originalValue == null || !embedded ? null : Base64.getEncoder().encodeToString(originalValue),
                Instant.now().toString());
    }

    /** The dead letter for a failure inside the topology, located by the handler's context. */
    public static DeadLetter of(String stage, Throwable error, ErrorHandlerContext context) {
        return of(stage, error, context.topic(), context.partition(), context.offset(), context.sourceRawKey(),
                context.sourceRawValue());
    }

    /** The dead letter as a record for the DLQ topic, keyed by the original key. */
    public static ProducerRecord<byte[], byte[]> toRecord(String dlqTopic, DeadLetter letter, byte[] originalKey) {
        return new ProducerRecord<>(dlqTopic, null, originalKey, Json.toBytes(letter));
    }

    /** The message of the error and of its causes, so "not a valid RawArticle: …" says what was wrong. */
    static String message(Throwable error) {
        StringBuilder out = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !out.toString().contains(cause.getMessage())) {
                out.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
            }
        }
        return out.length() > MAX_MESSAGE_CHARS ? out.substring(0, MAX_MESSAGE_CHARS) + "…" : out.toString();
    }
}
