package io.eventwire.bench.floor;

import io.eventwire.bench.Workload;
import io.eventwire.bench.corpus.CorpusGenerator;
import io.eventwire.bench.corpus.CorpusSpec;
import io.eventwire.bench.steps.Steps.Step;
import io.eventwire.bench.steps.Steps.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComputeFloorTest {

    @Test
    void runsEveryStepOnTheWholeWorkloadAndFindsTheGeneratedDuplicates() {
        Workload workload = Workload.generate(new CorpusGenerator(CorpusSpec.defaults(3)), 0, 30);
        ComputeFloor.Result result = ComputeFloor.run(workload, 5, Duration.ofMinutes(5), Duration.ofMinutes(10));

        assertEquals(30, result.articles());
        assertEquals(6, result.duplicatesGenerated());
        assertEquals(6, result.duplicatesFound());
        assertEquals(0, result.originalsFlagged());
        assertEquals(24, result.languageMatches());
        assertNull(result.verdicts().get(Verdict.DEAD_LETTER));
        assertEquals(24, result.verdicts().get(Verdict.UNIQUE));
        assertTrue(result.sanctionEvents() + result.marketEvents() > 0, "the corpus states events");
        for (Step step : Step.values()) {
            assertTrue(result.nanosByStep().get(step) > 0, step + " ran");
        }
        assertTrue(result.cpuSeconds() > 0);
    }
}
