package io.eventwire.contracts.record;

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
}
