package io.eventwire.contracts.record;

import io.eventwire.contracts.topic.TopicSpec;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A record that could not be processed, with why and where it came from; the value of {@code news.dlq}.
 *
 * @param stage          the step that gave up (deserialize, normalize, extract, produce, crawl, index…)
 * @param originalBase64 the original value bytes, Base64-encoded, so nothing accepted is lost
 */
public record DeadLetter(
        String schema,
        String stage,
        String errorClass,
        String errorMessage,
        String sourceTopic,
        Integer sourcePartition,
        Long sourceOffset,
        String originalKey,
        String originalBase64,
        String failedAt) {

    public static final String SCHEMA = "dead-letter/1";

    /**
     * The largest original value a dead letter embeds: its Base64 (4/3) plus the letter must stay under the
     * DLQ topic's and the producers' 16 MiB. A letter the producer refuses would fail the writer (under
     * exactly-once it poisons the transaction and the same record comes back forever). A larger value is named
     * by its source topic, partition and offset instead, where it stays for the topic's retention.
     */
    public static final int MAX_EMBEDDED_ORIGINAL_BYTES =
            (TopicSpec.DLQ_MAX_MESSAGE_BYTES - 1024 * 1024) / 4 * 3;

    /** The one way every component builds a dead letter, with the original bytes embedded when they fit. */
    public static DeadLetter of(String stage, String errorClass, String message, String sourceTopic,
                                Integer sourcePartition, Long sourceOffset, byte[] originalKey, byte[] originalValue,
                                Instant failedAt) {
        boolean embedded = originalValue == null || originalValue.length <= MAX_EMBEDDED_ORIGINAL_BYTES;
        String reason = embedded ? message : message + " [original value of " + originalValue.length
                + " bytes not embedded (over " + MAX_EMBEDDED_ORIGINAL_BYTES + "): see " + sourceTopic + "-"
                + sourcePartition + "@" + sourceOffset + "]";
        return new DeadLetter(SCHEMA, stage, errorClass, reason, sourceTopic, sourcePartition, sourceOffset,
                originalKey == null ? null : new String(originalKey, StandardCharsets.UTF_8),
                originalValue == null || !embedded ? null : Base64.getEncoder().encodeToString(originalValue),
                failedAt.toString());
    }
}
