package io.eventwire.bench.pipeline;

import java.time.Duration;

/**
 * The schedule of a latency pass: {@code perSecond} articles a second, first for {@code leadIn}, then for
 * {@code measured}, then up to {@code drain} for the outputs. The lead-in's latencies are reported apart: every
 * pass starts on fresh topics, and the broker's first writes to a new partition fault in its index files, which
 * on a busy disk held the first second of a pass up by as much as a second (BENCHMARKS.md). A processor that
 * runs for days pays that once, when its topics are created; the goal is about the hours after.
 */
public record OfferedRate(double perSecond, Duration leadIn, Duration measured, Duration drain) {

    /** How many of {@code available} articles the lead-in sends (at most half, so that a small corpus is measured). */
    int leadInArticles(int available) {
        return (int) Math.min(available / 2, articlesIn(leadIn));
    }

    /** How many articles the measured part sends, of what the lead-in left. */
    int measuredArticles(int available) {
        return (int) Math.min(available - leadInArticles(available), articlesIn(measured));
    }

    private long articlesIn(Duration duration) {
        return Math.round(perSecond * duration.toMillis() / 1000.0);
    }
}
