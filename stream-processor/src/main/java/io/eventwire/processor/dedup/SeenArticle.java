package io.eventwire.processor.dedup;

/**
 * What the detector remembers of an article, keyed by article id: its fingerprints (to find it as an original
 * and to remove its index entries when it expires or its text changes) and the verdict it got (so a replay of
 * the same id and text gives the same output).
 *
 * @param firstSeenAt record time of its first arrival with this text, epoch millis
 * @param lastSeenAt  record time of its latest arrival: retention counts from here
 * @param match       the original it duplicates, or null when it is unique (and then indexed)
 */
public record SeenArticle(
        String id,
        String url,
        String exactKey,
        long simHash,
        byte[] minHash,
        int shingles,
        long firstSeenAt,
        long lastSeenAt,
        Match match) {

    /** The original a duplicate repeats, and how. */
    public record Match(String id, String url, String method, int distance, double similarity) {
    }

    SeenArticle(String id, String url, TextFingerprint fingerprint, long seenAt, Match match) {
        this(id, url, fingerprint.exactKey(), fingerprint.simHash(), fingerprint.minHash(), fingerprint.shingles(),
                seenAt, seenAt, match);
    }

    TextFingerprint fingerprint() {
        return new TextFingerprint(exactKey, simHash, minHash, shingles);
    }

    boolean isUnique() {
        return match == null;
    }

    boolean isLive(long now, long retentionMillis) {
        return lastSeenAt >= now - retentionMillis;
    }

    SeenArticle seenAgainAt(long now) {
        return new SeenArticle(id, url, exactKey, simHash, minHash, shingles, firstSeenAt, Math.max(lastSeenAt, now),
                match);
    }
}
