package io.eventwire.bench.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.bench.report.BenchReport;
import io.eventwire.contracts.serde.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SaturationComparisonTest {

    /** 1,000 articles in {@code seconds}, {@code cpuSeconds} of process CPU, half of it in the stream threads. */
    private static PipelineBench.Saturation pass(double seconds, double cpuSeconds) {
        return new PipelineBench.Saturation(1000, 1000, 0, 3400, seconds, cpuSeconds / seconds, cpuSeconds, 0, 0, 0,
                0, 0, Map.of(ThreadCpu.Spender.STREAM_THREADS, (long) (cpuSeconds * 0.5e9)));
    }

    private static final BenchReport.Machine MACHINE =
            new BenchReport.Machine(2, "java", 1L << 31, new double[] {1, 1, 1}, new double[] {1, 1, 1});

    @Test
    void aCandidateIsJudgedByItsMedianCpuPerArticleOverTheBases() {
        SaturationComparison comparison = new SaturationComparison(MACHINE, 1000, List.of(
                new SettingsUnderTest<>("base", Map.of(), List.of(pass(4, 5), pass(4, 4), pass(3, 6))),
                new SettingsUnderTest<>("candidate", Map.of("kafka.producer.compression.type", "lz4"),
                        List.of(pass(4, 4.5), pass(2, 4), pass(5, 3)))));
        // medians: base 5 ms per article, candidate 4 ms
        assertEquals(0.8, comparison.cpuRatio(), 1e-9);
        JsonNode json = Json.fromJson(comparison.json(), JsonNode.class);
        assertEquals(0.8, json.get("candidate_over_base_cpu").asDouble(), 1e-9);
        assertEquals(250.0, json.get("base").get("medians").get("articles_per_s").asDouble(), 1e-9);
        assertEquals(2.0, json.get("candidate").get("medians").get("stream_threads_ms").asDouble(), 1e-9);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        comparison.printTable(new PrintStream(table, true, StandardCharsets.UTF_8));
        String text = table.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("| 2 | candidate | 1000 of 1000 | 2.00 | 500 | 3400 | 0 | 2.00 | 4.00 |"), text);
        assertTrue(text.contains("candidate / base, median CPU per article: 0.800 (without the JIT compiler's: 0.800)"),
                text);
    }

    @Test
    void theCompilersShareCanBeLeftOut() {
        PipelineBench.Saturation compiling = new PipelineBench.Saturation(1000, 1000, 0, 3400, 4, 1.25, 5, 0, 0, 0, 0, 0,
                Map.of(ThreadCpu.Spender.JIT_COMPILER, 1_000_000_000L));
        SaturationComparison comparison = new SaturationComparison(MACHINE, 1000, List.of(
                new SettingsUnderTest<>("base", Map.of(), List.of(compiling)),
                new SettingsUnderTest<>("candidate", Map.of(), List.of(pass(4, 4)))));
        assertEquals(0.8, comparison.cpuRatio(), 1e-9);
        assertEquals(1.0, comparison.cpuRatioWithoutJit(), 1e-9);
    }

    @Test
    void withoutACandidateThereIsNoRatio() {
        SaturationComparison comparison = new SaturationComparison(MACHINE, 1000,
                List.of(new SettingsUnderTest<>("base", Map.of(), List.of(pass(4, 5)))));
        assertNull(comparison.cpuRatio());
        assertNull(comparison.cpuRatioWithoutJit());
    }
}
