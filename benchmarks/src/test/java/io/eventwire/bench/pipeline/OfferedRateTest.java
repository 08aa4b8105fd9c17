package io.eventwire.bench.pipeline;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OfferedRateTest {

    private static final OfferedRate STANDARD =
            new OfferedRate(200, Duration.ofSeconds(3), Duration.ofSeconds(20), Duration.ofSeconds(60));

    @Test
    void aLargeCorpusGetsTheWholeScheduleLeadInFirst() {
        assertEquals(600, STANDARD.leadInArticles(8000));
        assertEquals(4000, STANDARD.measuredArticles(8000));
    }

    @Test
    void aSmallCorpusIsMeasuredOnWhatTheLeadInLeaves() {
        assertEquals(600, STANDARD.leadInArticles(2000));
        assertEquals(1400, STANDARD.measuredArticles(2000));
    }

    @Test
    void theLeadInNeverTakesMoreThanHalfTheCorpus() {
        assertEquals(150, STANDARD.leadInArticles(300));
        assertEquals(150, STANDARD.measuredArticles(300));
    }
}
