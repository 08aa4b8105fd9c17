package io.eventwire.bench.pipeline;

import java.util.Arrays;

/**
 * Latency percentiles in milliseconds. Records that never arrived count as infinitely late, so a
 * percentile they reach is reported as missing (null), never as the last latency that was seen.
 */
public record Percentiles(long count, long missing, Double p50, Double p95, Double p99, Double max) {

    public static Percentiles of(long[] latenciesMillis, long missing) {
        long[] sorted = latenciesMillis.clone();
        Arrays.sort(sorted);
        long total = sorted.length + missing;
        return new Percentiles(sorted.length, missing, at(sorted, total, 0.50), at(sorted, total, 0.95),
                at(sorted, total, 0.99), sorted.length == 0 || missing > 0 ? null : (double) sorted[sorted.length - 1]);
    }

    private static Double at(long[] sorted, long total, double quantile) {
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(quantile * total) - 1;
        return rank < sorted.length ? (double) sorted[(int) Math.max(0, rank)] : null;
    }
}
