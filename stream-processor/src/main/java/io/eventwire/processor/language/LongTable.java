package io.eventwire.processor.language;

/**
 * Open addressing from non-zero {@code long} keys to non-negative {@code long} values, each value beside its key.
 * Why not a {@code HashMap<Long, Long>}: the detector looks up thousands of n-grams per text in a table larger
 * than the processor's caches, and every object between a key and its value is one more cache miss; here a
 * lookup that finds its key has its value in the same cache line.
 */
final class LongTable {

    static final long ABSENT = -1;

    /** Key, value, key, value…; a key of 0 marks a free entry. */
    private final long[] entries;
    private final int shift;

    /** Room for {@code expected} keys at a load of at most two thirds. */
    LongTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(expected + expected / 2, 8)) << 1;
        entries = new long[2 * capacity];
        shift = Long.SIZE - Integer.numberOfTrailingZeros(capacity);
    }

    /** The value of {@code key}, or {@link #ABSENT}. */
    long get(long key) {
        int at = find(key);
        return entries[at] == 0 ? ABSENT : entries[at + 1];
    }

    /** Puts {@code key} with {@code value} unless the key is there; false when it was (its value is kept). */
    boolean putIfAbsent(long key, long value) {
        int at = find(key);
        if (entries[at] != 0) {
            return false;
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
