package io.eventwire.processor.dedup;

import java.util.Arrays;

/**
 * The distinct values of a long array, found with an open-addressing hash table: sorting the thousands of
 * shingle hashes of a text to drop repeats cost a third of the fingerprint. SimHash and MinHash do not depend
 * on the order of the values, so the first occurrences are kept in the order they come.
 */
final class DistinctLongs {

    private DistinctLongs() {
    }

    /** The first {@code n} values without repeats, in the order of their first occurrences. */
    static long[] of(long[] values, int n) {
        // At most half full, so probe runs stay short. Zero marks a free slot; a zero value is tracked apart.
        long[] table = new long[Integer.highestOneBit(Math.max(n, 1)) << 2];
        int mask = table.length - 1;
        boolean zeroSeen = false;
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            long value = values[i];
            if (value == 0) {
                if (!zeroSeen) {
                    zeroSeen = true;
                    values[distinct++] = value;
                }
                continue;
            }
            int slot = (int) (value ^ value >>> 32) & mask;
            while (table[slot] != 0 && table[slot] != value) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == 0) {
                table[slot] = value;
                values[distinct++] = value;
            }
        }
        return Arrays.copyOf(values, distinct);
    }
}
