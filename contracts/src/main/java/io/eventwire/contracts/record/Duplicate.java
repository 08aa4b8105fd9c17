package io.eventwire.contracts.record;

/**
 * An article that repeats one already published; the value of {@code news.duplicates}.
 *
 * @param method   {@code exact} (same normalized text) or {@code near} (similar text)
 * @param distance Hamming distance between SimHashes for near duplicates, 0 for exact ones
 */
public record Duplicate(
        String schema,
        String id,
        String url,
        String title,
        String duplicateOf,
        String duplicateOfUrl,
        String method,
        Integer distance,
        Double similarity,
        String detectedAt) {

    public static final String SCHEMA = "duplicate/1";
    public static final String EXACT = "exact";
    public static final String NEAR = "near";
}
