package io.eventwire.bench.pipeline;

import io.eventwire.bench.report.BenchReport;
import io.eventwire.contracts.serde.Json;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures of {@code eventwire bench --only latency}: the pipeline at the offered rate, repeated on one
 * broker after one warm-up pass, for the settings of {@code --set} and, when {@code --compare} names a
 * candidate, for the candidate in alternation with them. Latency tails move with the neighbours' load, so a
 * change is judged by the two configurations' medians over the same minutes, never against a figure taken
 * another time.
 */
public record LatencyComparison(BenchReport.Machine machine, int corpusArticles, double warmupArticlesPerSecond,
                                List<Configuration> configurations) {

    public LatencyComparison {
        configurations = List.copyOf(configurations);
    }

    /** One set of processor settings and its passes, in the order they ran. */
    public record Configuration(String name, Map<String, String> settings, List<PipelineBench.Latency> passes) {

        public Configuration {
            settings = Map.copyOf(settings);
            passes = List.copyOf(passes);
        }

        /** The median over the passes of one figure; null when a pass lacks it (records that never arrived). */
        public Double median(Function<PipelineBench.Latency, Double> figure) {
            double[] values = new double[passes.size()];
            for (int i = 0; i < values.length; i++) {
                Double value = figure.apply(passes.get(i));
                if (value == null) {
                    return null;
                }
                values[i] = value;
            }
            if (values.length == 0) {
                return null;
            }
            Arrays.sort(values);
            int middle = values.length / 2;
            return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        }
    }

    private static final Map<String, Function<PipelineBench.Latency, Double>> FIGURES = figures();

    private static Map<String, Function<PipelineBench.Latency, Double>> figures() {
        Map<String, Function<PipelineBench.Latency, Double>> figures = new LinkedHashMap<>();
        figures.put("verdict_p50_ms", pass -> pass.verdictLatency().p50());
        figures.put("verdict_p99_ms", pass -> pass.verdictLatency().p99());
        figures.put("event_p50_ms", pass -> pass.eventLatency().p50());
        figures.put("event_p99_ms", pass -> pass.eventLatency().p99());
        figures.put("cpu_ms_per_article", PipelineBench.Latency::cpuMillisPerArticle);
        return figures;
    }

    public void printTable(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "Eventwire latency bench — %s; corpus %d articles; warm-up pass %.0f articles/s%n%n",
                machine.describe(), corpusArticles, warmupArticlesPerSecond);
        out.println("| pass | configuration | offered/s | verdicts | events | verdict p50/p95/p99 ms "
                + "| event p50/p95/p99 ms | ms process CPU per article |");
        out.println("|---:|---|---:|---:|---:|---|---|---:|");
        int passes = configurations.stream().mapToInt(configuration -> configuration.passes().size()).max().orElse(0);
        for (int i = 0; i < passes; i++) {
            for (Configuration configuration : configurations) {
                if (i < configuration.passes().size()) {
                    PipelineBench.Latency pass = configuration.passes().get(i);
                    out.printf(Locale.ROOT, "| %d | %s | %.0f | %d of %d | %d | %s | %s | %.2f |%n", i + 1,
                            configuration.name(), pass.offeredPerSecond(), pass.verdicts(), pass.offered(),
                            pass.events(), pass.verdictLatency().summary(), pass.eventLatency().summary(),
                            pass.cpuMillisPerArticle());
                }
            }
        }
        out.println();
        printCpuByThread(out, passes);
        for (Configuration configuration : configurations) {
            out.printf(Locale.ROOT, "%s %s: medians %s%n", configuration.name(), configuration.settings(),
                    medians(configuration));
        }
        out.println();
    }

    /** Where each pass's CPU went: at a rate below capacity the fixed costs (commits, polling) show. */
    private void printCpuByThread(PrintStream out, int passes) {
        out.print("CPU ms per article by thread | pass | configuration");
        for (ThreadCpu.Spender spender : ThreadCpu.Spender.values()) {
            out.print(" | " + spender.label());
        }
        out.println();
        for (int i = 0; i < passes; i++) {
            for (Configuration configuration : configurations) {
                if (i < configuration.passes().size()) {
                    PipelineBench.Latency pass = configuration.passes().get(i);
                    out.printf(Locale.ROOT, "  | %d | %s", i + 1, configuration.name());
                    for (ThreadCpu.Spender spender : ThreadCpu.Spender.values()) {
                        out.printf(Locale.ROOT, " | %.2f", pass.cpuMillisPerArticle(spender));
                    }
                    out.println();
                }
            }
        }
        out.println();
    }

    /** The figures as one JSON object on one line. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("mode", "latency");
        root.put("cores", machine.cores());
        root.put("java", machine.java());
        root.put("load_before", machine.loadBefore());
        root.put("load_after", machine.loadAfter());
        root.put("corpus_articles", corpusArticles);
        root.put("warmup_articles_per_s", Math.round(warmupArticlesPerSecond));
        for (Configuration configuration : configurations) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("settings", configuration.settings());
            entry.put("passes", configuration.passes().size());
            entry.put("medians", medians(configuration));
            entry.put("verdict_ms", configuration.passes().stream().map(pass -> pass.verdictLatency().asMap()).toList());
            entry.put("event_ms", configuration.passes().stream().map(pass -> pass.eventLatency().asMap()).toList());
            entry.put("cpu_ms_per_article_by_thread",
                    configuration.passes().stream().map(LatencyComparison::cpuByThread).toList());
            root.put(configuration.name(), entry);
        }
        return Json.toJson(root);
    }

    private static Map<String, Double> cpuByThread(PipelineBench.Latency pass) {
        Map<String, Double> bySpender = new LinkedHashMap<>();
        for (ThreadCpu.Spender spender : ThreadCpu.Spender.values()) {
            bySpender.put(spender.key(), Math.round(pass.cpuMillisPerArticle(spender) * 100) / 100.0);
        }
        return bySpender;
    }

    private static Map<String, Double> medians(Configuration configuration) {
        Map<String, Double> medians = new LinkedHashMap<>();
        FIGURES.forEach((name, figure) -> {
            Double median = configuration.median(figure);
            medians.put(name, median == null ? null : Math.round(median * 100) / 100.0);
        });
        return medians;
    }
}
