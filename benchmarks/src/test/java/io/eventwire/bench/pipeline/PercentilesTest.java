package io.eventwire.bench.pipeline;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PercentilesTest {

    @Test
    void nearestRankOverTheLatenciesThatArrived() {
        long[] latencies = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();
        Percentiles p = Percentiles.of(latencies, 0);
        assertEquals(50.0, p.p50());
        assertEquals(95.0, p.p95());
        assertEquals(99.0, p.p99());
        assertEquals(100.0, p.max());
    }

    @Test
    void recordsThatNeverArrivedAreLaterThanAnyThatDid() {
        long[] latencies = LongStream.rangeClosed(1, 98).toArray();
        Percentiles p = Percentiles.of(latencies, 2);
        assertEquals(50.0, p.p50());
        assertEquals(95.0, p.p95());
        assertNull(p.p99(), "the 99th record of 100 never arrived");
        assertNull(p.max());
    }

    @Test
    void nothingMeasuredIsNotZero() {
        Percentiles p = Percentiles.of(new long[0], 0);
        assertNull(p.p50());
        assertEquals(0, p.count());
    }
}
