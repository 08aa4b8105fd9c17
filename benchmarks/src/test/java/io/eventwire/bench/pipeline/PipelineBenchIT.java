package io.eventwire.bench.pipeline;

import io.eventwire.bench.Workload;
import io.eventwire.bench.corpus.CorpusGenerator;
import io.eventwire.bench.corpus.CorpusSpec;
import io.eventwire.broker.EmbeddedKafka;
import io.eventwire.processor.topology.PipelineSteps;
import io.eventwire.processor.topology.PipelineTopology;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline measurements on a tiny workload: every record is accounted for; no time is asserted. */
class PipelineBenchIT {

    @Test
    void everyRawRecordGetsItsVerdictAndEveryVerdictItsLatency() throws InterruptedException {
        Workload workload = Workload.generate(new CorpusGenerator(CorpusSpec.defaults(5)), 0, 20);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            PipelineBench bench = new PipelineBench(kafka.bootstrapServers(),
                    settings -> PipelineTopology.build(settings.topics(), PipelineSteps.from(settings)), 1, Map.of());

            PipelineBench.Saturation saturation = bench.saturation(workload, Duration.ofMinutes(10));
            assertEquals(20, saturation.articles());
            assertEquals(0, saturation.deadLetters());
            assertTrue(saturation.events() > 0, "the corpus states events");
            assertTrue(saturation.stateBytes() > 0, "dedup and consolidation keep state");
            assertTrue(saturation.cpuSeconds() > 0);

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
