package io.eventwire.processor.dlq;

import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.serde.Json;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

import java.time.Instant;

/** Builds the {@code news.dlq} record for a record that failed at some stage: why, where from, and its bytes. */
public final class DeadLetters {

    /** Long messages (a parser's dump of half a page) are cut: the original bytes are in the record anyway. */
    private static final int MAX_MESSAGE_CHARS = 2_000;
    private DeadLetters() {
    }

    public static DeadLetter of(String stage, Throwable error, String sourceTopic, Integer partition, Long offset,
                                byte[] originalKey, byte[] originalValue) {
        return DeadLetter.of(stage, error.getClass().getName(), message(error), sourceTopic, partition, offset,
                originalKey, originalValue, Instant.now());
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
