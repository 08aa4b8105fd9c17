package io.eventwire.processor.dedup;

/**
 * The fingerprints of one article text.
 *
 * @param exactKey   hex SHA-256 of the normalized text: equal for exact duplicates
 * @param simHash    64-bit SimHash of the shingles (the {@code Article.simhash} field)
 * @param minHash    MinHash signature of the shingles: estimates Jaccard similarity and feeds the LSH bands
 * @param shingles   number of distinct shingles; too few make any similarity estimate meaningless
 */
public record TextFingerprint(String exactKey, long simHash, byte[] minHash, int shingles) {

    /** Hamming distance between two SimHashes. */
    public static int hammingDistance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
