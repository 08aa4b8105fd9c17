package io.eventwire.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.bench.BenchOptions;
import io.eventwire.bench.floor.ComputeFloor;
import io.eventwire.bench.floor.ComputeFloors;
import io.eventwire.bench.floor.RawFloor;
import io.eventwire.bench.pipeline.Percentiles;
import io.eventwire.bench.pipeline.PipelineBench;
import io.eventwire.bench.pipeline.ThreadCpu.Spender;
import io.eventwire.bench.sink.SinkBench;
import io.eventwire.bench.steps.Steps.Step;
import io.eventwire.bench.steps.Steps.Verdict;
import io.eventwire.contracts.serde.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchReportTest {

    private static BenchReport report(double pipelineSeconds, double pipelineCpuSeconds, long p99) {
        // 1000 articles in 1 s wall and 1 s of CPU: 1,000 articles/s, 1 ms of CPU each; before the pipeline 1.5 ms
        return report(pipelineSeconds, pipelineCpuSeconds, p99, new ComputeFloors(floor(1.5), floor(1.0)));
    }

    private static ComputeFloor.Result floor(double seconds) {
        Map<Step, Long> nanos = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            nanos.put(step, (long) (seconds * 1_000_000L));
        }
        return new ComputeFloor.Result(1000, seconds, seconds, nanos, Map.of(Verdict.UNIQUE, 1000), 10, 10, 800, 200,
                200, 0);
    }

    private static BenchReport report(double pipelineSeconds, double pipelineCpuSeconds, long p99,
                                      ComputeFloors floors) {
        long[] latencies = new long[100];
        java.util.Arrays.fill(latencies, p99);
        return new BenchReport(
                new BenchReport.Machine(2, "java", 1L << 31, new double[] {1, 1, 1}, new double[] {1, 1, 1}),
                BenchOptions.quickRun(),
                new BenchReport.Corpus(1000, 10_000_000, 1.0),
                new RawFloor.Result(1000, 10_000_000, 0.5, 0.5),
                floors,
                saturation(2 * pipelineSeconds, 2 * pipelineCpuSeconds),
                saturation(pipelineSeconds, pipelineCpuSeconds),
                List.of(latency(latencies), latency(latencies), latency(new long[] {10 * p99})),
                new SinkBench.Result(40_000, 200_000_000, 2.0 * pipelineSeconds * 2, 1.0, 0.5, 0.3, Instant.EPOCH));
    }

    private static PipelineBench.Latency latency(long[] latencies) {
        return new PipelineBench.Latency(200, 1000, 5.0, 1000, 20, 3.0, Map.of(), Percentiles.of(latencies, 0),
                Percentiles.of(latencies, 0), PipelineBench.LeadIn.NONE);
    }

    /** A pass whose stream threads spent 60% of its CPU time, the JIT the rest. */
    private static PipelineBench.Saturation saturation(double seconds, double cpuSeconds) {
        long cpuNanos = (long) (cpuSeconds * 1e9);
        return new PipelineBench.Saturation(1000, 1000, 0, 20, seconds, 1.8, cpuSeconds, 5_000_000, 1000,
                300_000_000, 100_000_000, 600_000_000,
                Map.of(Spender.STREAM_THREADS, cpuNanos * 6 / 10, Spender.JIT_COMPILER, cpuNanos * 4 / 10));
    }

    @Test
    void theGoalsAreJudgedOnTheSecondPass() {
        BenchReport report = report(0.5, 1.25, 100);
        assertEquals(2000.0, report.saturation().articlesPerSecond(), 1e-9);
        assertEquals(1000.0, report.firstPass().articlesPerSecond(), 1e-9);
        assertEquals("met", report.goals().get(0).status());
    }

    @Test
    void theCpuOfEachPassIsSplitByTheThreadsThatSpentIt() {
        JsonNode json = Json.fromJson(report(0.5, 1.25, 100).json(), JsonNode.class);
        JsonNode second = json.get("pipeline_cpu_ms_per_article_by_thread");
        assertEquals(0.75, second.get("stream_threads").asDouble(), 1e-9);
        assertEquals(0.5, second.get("jit_compiler").asDouble(), 1e-9);
        assertEquals(0.0, second.get("garbage_collector").asDouble(), 1e-9);
        assertEquals(1.0, json.get("pipeline_first_pass_cpu_ms_per_article_by_thread").get("jit_compiler").asDouble(),
                1e-9);
    }

    @Test
    void theRatiosCompareFiguresOfTheSameRun() {
        BenchReport report = report(0.5, 1.25, 100);
        assertEquals(2.0, report.pipelineOverCompute(), 1e-9);
        assertEquals(1.0, report.pipelineOverComputeTimesCores(), 1e-9);
        assertEquals(1.0, report.pipelineOverRaw(), 1e-9);
        assertEquals(0.8, report.cpuEfficiency(), 1e-9);
        // 1.25 ms of pipeline CPU per article, 0.5 of it the JIT's: the steps' 1 ms over the 0.75 left
        assertEquals(1 / 0.75, report.cpuEfficiencyCompiled(), 1e-9);
        assertEquals(1600, report.projectedArticlesPerSecond(), 1e-6);
    }

    @Test
    void theRatiosTakeTheLowerOfTheTwoComputeFloors() {
        BenchReport warmLater = report(0.5, 1.25, 100, new ComputeFloors(floor(1.5), floor(1.0)));
        BenchReport warmFirst = report(0.5, 1.25, 100, new ComputeFloors(floor(1.0), floor(1.5)));
        assertEquals(0.8, warmLater.cpuEfficiency(), 1e-9);
        assertEquals(0.8, warmFirst.cpuEfficiency(), 1e-9);
        JsonNode json = Json.fromJson(warmLater.json(), JsonNode.class);
        assertEquals(1.5, json.get("cpu_ms_per_article_compute_floor_before_pipeline").asDouble(), 1e-9);
        assertEquals(1.0, json.get("cpu_ms_per_article_compute_floor_after_pipeline").asDouble(), 1e-9);
        assertEquals(1.0, json.get("cpu_ms_per_article_compute_floor").asDouble(), 1e-9);
    }

    @Test
    void eachGoalSaysWhereItStands() {
        BenchReport good = report(0.5, 1.25, 100);
        assertEquals("met", good.goals().get(0).status());
        assertEquals("met", good.goals().get(1).status());
        assertEquals("met", good.goals().get(2).status());
        assertEquals("met", good.goals().get(4).status());
        BenchReport slow = report(10, 2.5, 400);
        assertEquals("missed", slow.goals().get(0).status());
        assertEquals("missed", slow.goals().get(1).status());
        assertEquals("missed", slow.goals().get(2).status());
        assertEquals("missed", slow.goals().get(4).status());
    }

    @Test
    void theJsonIsOneLineWithTheFigures() {
        JsonNode json = Json.fromJson(report(0.5, 1.25, 100).json(), JsonNode.class);
        assertEquals(2000.0, json.get("pipeline_articles_per_s").asDouble(), 1e-9);
        assertEquals(1000.0, json.get("compute_floor_articles_per_s").asDouble(), 1e-9);
        // two passes of three at 100 ms, one at 1,000: the goal takes the median
        assertEquals(100.0, json.get("latency_verdict_ms").get(0).get("p99").asDouble(), 1e-9);
        assertEquals(1000.0, json.get("latency_verdict_ms").get(2).get("p99").asDouble(), 1e-9);
        assertEquals(100.0, json.get("latency_median_p99_ms").get("events").asDouble(), 1e-9);
        assertEquals("met", json.get("goals").get("p99 latency <= 300 ms at 200 articles/s").asText());
        assertEquals("met", json.get("goals").get("pipeline >= 1,500 articles/s on 2 cores").asText());
        assertTrue(!report(0.5, 1.25, 100).json().contains("\n"));
    }

    @Test
    void theTablePrintsEveryMeasurement() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report(0.5, 1.25, 100).printTable(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String table = bytes.toString(StandardCharsets.UTF_8);
        for (String row : new String[] {"raw floor", "compute floor: steps, 1 thread, before",
                "compute floor: steps, 1 thread, after", "first pass", "saturation", "offered",
                "JIT compiler", "| goal |"}) {
            assertTrue(table.contains(row), row);
        }
    }
}
