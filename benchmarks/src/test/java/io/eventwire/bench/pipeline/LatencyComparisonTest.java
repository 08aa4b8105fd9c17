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

class LatencyComparisonTest {

    /** A pass whose 100 verdicts all took {@code verdictMillis}, events {@code eventMillis}, and {@code cpu} s. */
    private static PipelineBench.Latency pass(long verdictMillis, long eventMillis, long missingVerdicts, double cpu) {
        long[] verdicts = new long[(int) (100 - missingVerdicts)];
        java.util.Arrays.fill(verdicts, verdictMillis);
        long[] events = new long[50];
        java.util.Arrays.fill(events, eventMillis);
        return new PipelineBench.Latency(200, 100, 0.5, verdicts.length, events.length, cpu,
                Map.of(ThreadCpu.Spender.STREAM_THREADS, (long) (cpu * 0.6e9)), Percentiles.of(verdicts, missingVerdicts), Percentiles.of(events, 0),
                PipelineBench.LeadIn.NONE);
    }

    private static LatencyComparison comparison(List<PipelineBench.Latency> base,
                                                List<PipelineBench.Latency> candidate) {
        return new LatencyComparison(new BenchReport.Machine(2, "java", 1L << 31, new double[] {1, 1, 1},
                new double[] {2, 2, 2}), 100, 250.0, List.of(
                new SettingsUnderTest<>("base", Map.of(), base),
                new SettingsUnderTest<>("candidate", Map.of("kafka.commit.interval.ms", "25"),
                        candidate)));
    }

    @Test
    void eachConfigurationIsJudgedByTheMedianOfItsPasses() {
        LatencyComparison comparison = comparison(
                List.of(pass(300, 400, 0, 0.1), pass(100, 200, 0, 0.2), pass(200, 900, 0, 0.3)),
                List.of(pass(50, 60, 0, 0.4), pass(70, 80, 0, 0.5)));
        SettingsUnderTest<PipelineBench.Latency> base = comparison.configurations().get(0);
        SettingsUnderTest<PipelineBench.Latency> candidate = comparison.configurations().get(1);
        assertEquals(200.0, base.median(latency -> latency.verdictLatency().p99()));
        assertEquals(400.0, base.median(latency -> latency.eventLatency().p99()));
        assertEquals(2.0, base.median(PipelineBench.Latency::cpuMillisPerArticle), 1e-9);
        assertEquals(60.0, candidate.median(latency -> latency.verdictLatency().p50()));
        assertEquals(4.5, candidate.median(PipelineBench.Latency::cpuMillisPerArticle), 1e-9);
    }

    @Test
    void aPassWhoseRecordsNeverArrivedHasNoMedianRatherThanAFlatteringOne() {
        SettingsUnderTest<PipelineBench.Latency> base = comparison(
                List.of(pass(100, 100, 0, 0.1), pass(100, 100, 5, 0.1), pass(100, 100, 0, 0.1)),
                List.of(pass(50, 60, 0, 0.4))).configurations().get(0);
        assertNull(base.median(latency -> latency.verdictLatency().p99()));
        assertEquals(100.0, base.median(latency -> latency.verdictLatency().p50()));
    }

    @Test
    void theLastLineIsOneJsonObjectWithBothConfigurations() {
        LatencyComparison comparison = comparison(List.of(pass(300, 400, 0, 0.1)), List.of(pass(50, 60, 0, 0.4)));
        JsonNode json = Json.fromJson(comparison.json(), JsonNode.class);
        assertEquals("latency", json.get("mode").asText());
        assertEquals(300.0, json.get("base").get("medians").get("verdict_p99_ms").asDouble());
        assertEquals(60.0, json.get("candidate").get("medians").get("event_p99_ms").asDouble());
        assertEquals("25", json.get("candidate").get("settings").get("kafka.commit.interval.ms").asText());
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        comparison.printTable(new PrintStream(table, true, StandardCharsets.UTF_8));
        String text = table.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("| 1 | candidate | 200 | 100 of 100 + 0 | 50 | 50/50/50 | 60/60/60 | n/a/n/a/n/a | 4.00 |"), text);
        // 0.24 s of the candidate's 0.4 s spent by its stream threads, over 100 articles
        assertTrue(text.contains("  | 1 | candidate | 2.40 | 0.00 |"), text);
        assertEquals(2.4, json.get("candidate").get("cpu_ms_per_article_by_thread").get(0).get("stream_threads")
                .asDouble(), 1e-9);
    }

    @Test
    void theLeadInIsReportedApartAndLeavesTheMeasuredPercentilesAlone() {
        long[] late = new long[20];
        java.util.Arrays.fill(late, 1200);
        PipelineBench.Latency measured = pass(100, 150, 0, 0.1);
        PipelineBench.Latency withLeadIn = new PipelineBench.Latency(200, 100, 0.5, 110, 70, 0.11,
                measured.cpuBySpender(), measured.verdictLatency(), measured.eventLatency(),
                new PipelineBench.LeadIn(10, Percentiles.of(new long[10], 0), Percentiles.of(late, 0)));
        LatencyComparison comparison = comparison(List.of(withLeadIn), List.of(measured));
        JsonNode json = Json.fromJson(comparison.json(), JsonNode.class);
        assertEquals(150.0, json.get("base").get("medians").get("event_p99_ms").asDouble());
        assertEquals(1200.0, json.get("base").get("medians").get("lead_in_event_p99_ms").asDouble());
        assertEquals(1.0, withLeadIn.cpuMillisPerArticle(), 1e-9, "CPU is shared by every article sent");
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        comparison.printTable(new PrintStream(table, true, StandardCharsets.UTF_8));
        assertTrue(table.toString(StandardCharsets.UTF_8)
                .contains("| 1 | base | 200 | 110 of 100 + 10 | 70 | 100/100/100 | 150/150/150 | 1200/1200/1200 | 1.00 |"));
    }
}
