package io.eventwire.processor.text;

import java.util.Arrays;

/**
 * Open addressing from non-zero {@code long} keys to non-negative {@code long} values, each value beside its key.
 * Why not a {@code HashMap<Long, Long>}: the language detector looks up thousands of n-grams per text in a table
 * larger than the processor's caches, and every object between a key and its value is one more cache miss; here
 * a lookup that finds its key has its value in the same cache line. The fingerprint and the detector drop repeated
 * shingle hashes and n-grams with it ({@link #distinct}), which sorting did at several times the cost.
 */
public final class LongTable {

    public static final long ABSENT = -1;

    /** Key, value, key, value…; a key of 0 marks a free entry. */
    private final long[] entries;
    private final int shift;
    /** Keys the table takes before it refuses one: it does not grow, and a full table would make a lookup endless. */
    private int room;

    /** Room for {@code expected} keys at a load of at most two thirds, and for more up to a load of 7/8. */
    public LongTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(expected + expected / 2, 8)) << 1;
        entries = new long[2 * capacity];
        shift = Long.SIZE - Integer.numberOfTrailingZeros(capacity);
        room = capacity - capacity / 8;
    }

    /**
     * The first {@code n} of {@code values} without repeats, in the order of their first occurrences (zero
     * included, which is tracked apart). Overwrites the start of {@code values}.
     */
    public static long[] distinct(long[] values, int n) {
        LongTable seen = new LongTable(n);
        boolean zeroSeen = false;
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            long value = values[i];
            boolean first = value == 0 ? !zeroSeen : seen.putIfAbsent(value, 0);
            zeroSeen |= value == 0;
            if (first) {
                values[distinct++] = value;
            }
        }
        return Arrays.copyOf(values, distinct);
    }

    /** The value of {@code key}, or {@link #ABSENT}. */
    public long get(long key) {
        int at = find(key);
        return entries[at] == 0 ? ABSENT : entries[at + 1];
    }

    /**
     * Puts {@code key} with {@code value} unless the key is there; false when it was (its value is kept).
     *
     * @throws IllegalStateException when the table is full: it was made for fewer keys
     */
    public boolean putIfAbsent(long key, long value) {
        int at = find(key);
        if (entries[at] != 0) {
            return false;
        }
        if (room-- == 0) {
            throw new IllegalStateException("a LongTable made for fewer keys is full");
        }
        entries[at] = key;
        entries[at + 1] = value;
        return true;
    }

    /** The index of {@code key}'s entry, or of the free entry where it would go. */
    private int find(long key) {
        int mask = entries.length - 1;
        // Fibonacci hashing: packed n-grams differ in their low bits, which the multiplication spreads upwards.
        int at = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift) << 1;
        while (entries[at] != 0 && entries[at] != key) {
            at = (at + 2) & mask;
        }
        return at;
    }
}
