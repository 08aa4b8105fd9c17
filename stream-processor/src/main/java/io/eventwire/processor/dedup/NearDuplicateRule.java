package io.eventwire.processor.dedup;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When a text is a near duplicate of an original: the original is found through a shared LSH band, and the
 * MinHash estimate of the Jaccard similarity of their shingle sets reaches {@link DedupConfig#minSimilarity()}.
 * Texts with too few shingles take part in neither side: their estimate would be noise.
 */
public final class NearDuplicateRule {

    private final DedupConfig config;
    private final Fingerprinter fingerprinter;
    private final LshBands lsh;

    public NearDuplicateRule(DedupConfig config, Fingerprinter fingerprinter) {
        this.config = config;
        this.fingerprinter = fingerprinter;
        this.lsh = new LshBands(fingerprinter, config);
    }

    /** The band keys under which a text is indexed and looked up; none for a text too short to compare. */
    public List<String> bandKeys(TextFingerprint fingerprint) {
        return fingerprint.shingles() < config.minShingles() ? List.of() : lsh.keys(fingerprint.minHash());
    }

    public double similarity(TextFingerprint text, byte[] originalMinHash) {
        return fingerprinter.similarity(text.minHash(), originalMinHash);
    }

    public boolean isNear(double similarity) {
        return similarity >= config.minSimilarity();
    }

    /** The whole rule on one pair, as the detector applies it: candidate through a band, then similar enough. */
    public boolean isNearDuplicate(TextFingerprint text, TextFingerprint original) {
        Set<String> originalKeys = new HashSet<>(bandKeys(original));
        return bandKeys(text).stream().anyMatch(originalKeys::contains)
                && isNear(similarity(text, original.minHash()));
    }
}
