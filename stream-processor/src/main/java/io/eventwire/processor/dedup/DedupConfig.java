package io.eventwire.processor.dedup;

import io.eventwire.contracts.config.Settings;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the duplicate detector.
 *
 * @param retention      how long a unique article stays a candidate original
 * @param purgeInterval  how often (in stream time) expired entries are removed from the stores
 * @param minSimilarity  estimated Jaccard similarity of shingle sets from which a text is a near duplicate
 * @param bands          LSH bands: a candidate must agree with the new text on every row of at least one band
 * @param rowsPerBand    MinHash components per band
 * @param wordShingle    words per shingle for space-separated scripts
 * @param cjkShingle     characters per shingle for Chinese and Japanese
 * @param minShingles    texts with fewer distinct shingles are only checked for exact duplicates
 */
public record DedupConfig(
        Duration retention,
        Duration purgeInterval,
        double minSimilarity,
        int bands,
        int rowsPerBand,
        int wordShingle,
        int cjkShingle,
        int minShingles) {

    /** Bits kept per MinHash component: two different shingle sets agree on a component by chance 1 in 65536. */
    static final int MIN_HASH_BITS = 16;

    public DedupConfig {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(purgeInterval, "purgeInterval");
        if (retention.isNegative() || retention.isZero() || purgeInterval.isNegative() || purgeInterval.isZero()) {
            throw new IllegalArgumentException("retention and purge interval must be positive");
        }
        if (minSimilarity <= 0 || minSimilarity > 1) {
            throw new IllegalArgumentException("minSimilarity must be in (0, 1]: " + minSimilarity);
        }
        if (bands < 1 || bands > 255 || rowsPerBand < 1 || wordShingle < 1 || cjkShingle < 1 || minShingles < 1) {
            throw new IllegalArgumentException("band layout, shingle sizes and minShingles must be positive"
                    + " (at most 255 bands)");
        }
    }

    /**
     * The measured defaults (see stream-processor/QUALITY.md): 30 days of retention; Jaccard 0.45 lies between
     * the most similar labelled negative (0.42) and the least similar positive (0.50); 40 bands of 3 rows find
     * a pair at Jaccard 0.45 with probability 1 - (1 - 0.45^3)^40 = 0.98, at 0.6 with 0.9999.
     */
    public static DedupConfig defaults() {
        return new DedupConfig(Duration.ofDays(30), Duration.ofHours(1), 0.45, 40, 3, 3, 3, 8);
    }

    /**
     * The defaults overridden by {@code dedup.retention.days}, {@code dedup.purge.interval.minutes},
     * {@code dedup.min.similarity}, {@code dedup.lsh.bands} and {@code dedup.lsh.rows}.
     */
    public static DedupConfig from(Settings settings) {
        DedupConfig d = defaults();
        return new DedupConfig(
                Duration.ofDays(settings.getLong("dedup.retention.days", d.retention().toDays())),
                Duration.ofMinutes(settings.getLong("dedup.purge.interval.minutes", d.purgeInterval().toMinutes())),
                Double.parseDouble(settings.getOrDefault("dedup.min.similarity", Double.toString(d.minSimilarity()))),
                settings.getInt("dedup.lsh.bands", d.bands()),
                settings.getInt("dedup.lsh.rows", d.rowsPerBand()),
                d.wordShingle(), d.cjkShingle(), d.minShingles());
    }

    public DedupConfig withRetention(Duration value) {
        return new DedupConfig(value, purgeInterval, minSimilarity, bands, rowsPerBand, wordShingle, cjkShingle,
                minShingles);
    }

    public DedupConfig withMinSimilarity(double value) {
        return new DedupConfig(retention, purgeInterval, value, bands, rowsPerBand, wordShingle, cjkShingle,
                minShingles);
    }

    int minHashComponents() {
        return bands * rowsPerBand;
    }
}
