package io.eventwire.bench.pipeline;

import io.eventwire.bench.report.BenchReport;
import io.eventwire.contracts.serde.Json;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures of {@code eventwire bench --only latency}: the pipeline at the offered rate, repeated on one
 * broker after the warm-up passes, for the settings of {@code --set} and, when {@code --compare} names a
 * candidate, for the candidate in alternation with them. Latency tails move with the neighbours' load, so a
 * change is judged by the two configurations' medians over the same minutes, never against a figure taken
 * another time.
 */
public record LatencyComparison(BenchReport.Machine machine, int corpusArticles, double warmupArticlesPerSecond,
                                List<SettingsUnderTest<PipelineBench.Latency>> configurations) {

    private static final Map<String, Function<PipelineBench.Latency, Double>> FIGURES = figures();

    public LatencyComparison {
        configurations = List.copyOf(configurations);
    }

    private static Map<String, Function<PipelineBench.Latency, Double>> figures() {
        Map<String, Function<PipelineBench.Latency, Double>> figures = new LinkedHashMap<>();
        figures.put("verdict_p50_ms", pass -> pass.verdictLatency().p50());
        figures.put("verdict_p99_ms", pass -> pass.verdictLatency().p99());
        figures.put("event_p50_ms", pass -> pass.eventLatency().p50());
        figures.put("event_p99_ms", pass -> pass.eventLatency().p99());
        figures.put("lead_in_event_p99_ms", pass -> pass.leadIn().eventLatency().p99());
        figures.put("cpu_ms_per_article", PipelineBench.Latency::cpuMillisPerArticle);
        return figures;
    }

    public void printTable(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "Eventwire latency bench — %s; corpus %d articles; last warm-up pass %.0f "
                + "articles/s%n%n", machine.describe(), corpusArticles, warmupArticlesPerSecond);
        out.println("| pass | configuration | offered/s | verdicts | events | verdict p50/p95/p99 ms "
                + "| event p50/p95/p99 ms | lead-in event p50/p95/p99 ms | ms process CPU per article |");
        out.println("|---:|---|---:|---:|---:|---|---|---|---:|");
        Comparisons.inRunOrder(configurations, (number, configuration, pass) ->
                out.printf(Locale.ROOT, "| %d | %s | %.0f | %d of %d + %d | %d | %s | %s | %s | %.2f |%n", number,
                        configuration.name(), pass.offeredPerSecond(), pass.verdicts(), pass.offered(),
                        pass.leadIn().articles(), pass.events(), pass.verdictLatency().summary(),
                        pass.eventLatency().summary(), pass.leadIn().eventLatency().summary(),
                        pass.cpuMillisPerArticle()));
        out.println();
        Comparisons.printCpuByThread(out, configurations, PipelineBench.Latency::cpuMillisPerArticle);
        Comparisons.printMedians(out, configurations, FIGURES);
    }

    /** The figures as one JSON object on one line. */
    public String json() {
        Map<String, Object> root = machine.jsonHead("latency", corpusArticles);
        root.put("warmup_articles_per_s", Math.round(warmupArticlesPerSecond));
        for (SettingsUnderTest<PipelineBench.Latency> configuration : configurations) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("settings", configuration.settings());
            entry.put("passes", configuration.passes().size());
            entry.put("medians", Comparisons.medians(configuration, FIGURES));
            entry.put("verdict_ms",
                    configuration.passes().stream().map(pass -> pass.verdictLatency().asMap()).toList());
            entry.put("event_ms", configuration.passes().stream().map(pass -> pass.eventLatency().asMap()).toList());
            entry.put("lead_in_event_ms",
                    configuration.passes().stream().map(pass -> pass.leadIn().eventLatency().asMap()).toList());
            entry.put("cpu_ms_per_article_by_thread", configuration.passes().stream()
                    .map(pass -> Comparisons.cpuByThread(spender -> pass.cpuMillisPerArticle(spender))).toList());
            root.put(configuration.name(), entry);
        }
        return Json.toJson(root);
    }
}
