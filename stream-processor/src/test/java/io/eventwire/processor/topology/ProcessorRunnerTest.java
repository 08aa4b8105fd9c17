package io.eventwire.processor.topology;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessorRunnerTest {

    private static final TopicPartition RAW_0 = new TopicPartition("news.raw", 0);
    private static final TopicPartition RAW_1 = new TopicPartition("news.raw", 1);

    @Test
    void theLargestLagOfTheInputs() {
        assertEquals(7.0, ProcessorRunner.largestLag(Set.of(RAW_0, RAW_1), Map.of(RAW_0, 7.0, RAW_1, 0.0)));
        assertEquals(0.0, ProcessorRunner.largestLag(Set.of(RAW_0), Map.of(RAW_0, 0.0, RAW_1, 9.0)),
                "a partition of another instance does not count");
        assertEquals(0.0, ProcessorRunner.largestLag(Set.of(), Map.of()), "an instance without tasks has no lag");
    }

    @Test
    void anInputNotFetchedYetIsNotCaughtUp() {
        assertEquals(Double.POSITIVE_INFINITY,
                ProcessorRunner.largestLag(Set.of(RAW_0, RAW_1), Map.of(RAW_0, 0.0)));
    }

    @Test
    void anInputWhoseLastStableOffsetFallsShortOfItsEndHasATransactionOpen() {
        assertTrue(ProcessorRunner.transactionOpen(Set.of(RAW_0, RAW_1), Map.of(RAW_0, 10L, RAW_1, 4L),
                Map.of(RAW_0, 10L, RAW_1, 6L)));
        assertFalse(ProcessorRunner.transactionOpen(Set.of(RAW_0, RAW_1), Map.of(RAW_0, 10L, RAW_1, 6L),
                Map.of(RAW_0, 10L, RAW_1, 6L)));
        assertFalse(ProcessorRunner.transactionOpen(Set.of(RAW_0), Map.of(RAW_0, 10L, RAW_1, 4L),
                Map.of(RAW_0, 10L, RAW_1, 6L)), "a partition of another instance does not count");
    }

    @Test
    void anInputWhoseOffsetsAreUnknownCountsAsOpen() {
        assertTrue(ProcessorRunner.transactionOpen(Set.of(RAW_0, RAW_1), Map.of(RAW_0, 10L), Map.of(RAW_0, 10L)));
    }
}
