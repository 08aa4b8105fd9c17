package io.eventwire.processor.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongTableTest {

    @Test
    void keepsTheFirstOccurrencesAsAStreamsDistinctDoes() {
        SplittableRandom random = new SplittableRandom(20261121);
        for (int round = 0; round < 5_000; round++) {
            int n = random.nextInt(0, 300);
            long[] values = new long[n + random.nextInt(0, 5)];
            // Few distinct values, so that repeats are common; zero and the extremes among them.
            long[] pool = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, random.nextLong(), random.nextLong(), 1L << 32,
                    (1L << 32) + 1, random.nextLong(), 17};
            int poolSize = random.nextInt(1, pool.length + 1);
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(4) == 0 ? random.nextLong() : pool[random.nextInt(poolSize)];
            }
            long[] expected = Arrays.stream(values, 0, n).distinct().toArray();
            assertArrayEquals(expected, LongTable.distinct(values.clone(), n), Arrays.toString(values));
        }
    }

    @Test
    void aValueStaysBesideItsKeyAndTheFirstPutWins() {
        LongTable table = new LongTable(1_000);
        for (long key = 1; key <= 1_000; key++) {
            assertTrue(table.putIfAbsent(key * 0x10001L, key));
        }
        assertFalse(table.putIfAbsent(5 * 0x10001L, 99));
        assertEquals(5, table.get(5 * 0x10001L));
        assertEquals(LongTable.ABSENT, table.get(7));
    }

    @Test
    void aFullTableRefusesAKeyInsteadOfSearchingForever() {
        LongTable table = new LongTable(3);
        assertThrows(IllegalStateException.class, () -> {
            for (long key = 1; key <= 1_000; key++) {
                table.putIfAbsent(key, key);
            }
        });
        assertEquals(3, table.get(3));
    }
}
