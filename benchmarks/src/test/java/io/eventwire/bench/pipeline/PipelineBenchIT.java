package io.eventwire.bench.pipeline;

import io.eventwire.bench.Workload;
import io.eventwire.bench.corpus.CorpusGenerator;
import io.eventwire.bench.corpus.CorpusSpec;
import io.eventwire.broker.EmbeddedKafka;
import io.eventwire.processor.topology.PipelineSteps;
import io.eventwire.processor.topology.PipelineTopology;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline measurements on tiny workloads: every record is accounted for; no time is asserted. */
class PipelineBenchIT {

    @Test
    void everyRawRecordGetsItsVerdictAndEveryVerdictItsLatency() throws InterruptedException {
        Workload workload = Workload.generate(new CorpusGenerator(CorpusSpec.defaults(5)), 0, 20);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            PipelineBench bench = new PipelineBench(kafka.bootstrapServers(),
                    settings -> PipelineTopology.build(settings.topics(), PipelineSteps.from(settings)), 1, Map.of());

            Workload next = Workload.generate(new CorpusGenerator(CorpusSpec.defaults(5)), 20, 12);
            List<PipelineBench.Saturation> passes = bench.saturation(List.of(workload, next), Duration.ofMinutes(10));
            PipelineBench.Saturation first = passes.get(0);
            PipelineBench.Saturation second = passes.get(1);
            assertEquals(20, first.articles());
            assertEquals(12, second.articles(), "each pass counts its own verdicts only");
            assertEquals(0, first.deadLetters() + second.deadLetters());
            assertTrue(first.events() > 0 && second.events() > 0, "the corpus states events");
            assertTrue(second.stateBytes() > 0, "dedup and consolidation keep state");
            assertEquals(second.stateBytes() / 32.0, second.stateBytesPerArticle(), 1e-9,
                    "the state holds both passes' articles");
            assertTrue(first.cpuSeconds() > 0 && second.cpuSeconds() > 0);

            PipelineBench.Latency latency = bench.latency(workload,
                    new OfferedRate(10, Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMinutes(10)));
            assertEquals(5, latency.leadIn().articles());
            assertEquals(15, latency.offered(), "what the lead-in left of the corpus");
            assertEquals(20, latency.verdicts());
            assertEquals(15, latency.verdictLatency().count());
            assertEquals(5, latency.leadIn().verdictLatency().count());
            assertEquals(0, latency.verdictLatency().missing());
            assertEquals(latency.events(), latency.eventLatency().count() + latency.leadIn().eventLatency().count());
        }
    }
}
