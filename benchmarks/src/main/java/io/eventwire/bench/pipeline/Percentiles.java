package io.eventwire.bench.pipeline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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

    /** "p50/p95/p99" in whole milliseconds, n/a where records never arrived. */
    public String summary() {
        return millis(p50) + "/" + millis(p95) + "/" + millis(p99);
    }

    /** For the JSON reports: count, missing, p50, p95, p99, max (null where missing). */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", count);
        out.put("missing", missing);
        out.put("p50", p50);
        out.put("p95", p95);
        out.put("p99", p99);
        out.put("max", max);
        return out;
    }

    private static String millis(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static Double at(long[] sorted, long total, double quantile) {
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(quantile * total) - 1;
        return rank < sorted.length ? (double) sorted[(int) Math.max(0, rank)] : null;
    }
}
