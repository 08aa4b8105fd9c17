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
 * The figures of {@code eventwire bench --only saturation}: the pipeline at saturation, repeated on one broker
 * after the warm-up passes, for the run's settings and a candidate's in alternation. On a shared machine the rate
 * follows the neighbours; CPU per article follows the work, so a setting is judged by the ratio of the two
 * configurations' median CPU per article.
 */
public record SaturationComparison(BenchReport.Machine machine, int corpusArticles,
                                   List<SettingsUnderTest<PipelineBench.Saturation>> configurations) {

    private static final Map<String, Function<PipelineBench.Saturation, Double>> FIGURES = figures();

    public SaturationComparison {
        configurations = List.copyOf(configurations);
    }

    private static Map<String, Function<PipelineBench.Saturation, Double>> figures() {
        Map<String, Function<PipelineBench.Saturation, Double>> figures = new LinkedHashMap<>();
        figures.put("articles_per_s", PipelineBench.Saturation::articlesPerSecond);
        figures.put("cpu_ms_per_article", PipelineBench.Saturation::cpuMillisPerArticle);
        figures.put("cpu_ms_per_article_without_jit", SaturationComparison::cpuWithoutJit);
        for (ThreadCpu.Spender spender : ThreadCpu.Spender.values()) {
            figures.put(spender.key() + "_ms", pass -> pass.cpuMillisPerArticle(spender));
        }
        return figures;
    }

    /**
     * The compiler's share is what moves most between passes of a run that is still warming up, and it is not
     * the settings' doing.
     */
    private static double cpuWithoutJit(PipelineBench.Saturation pass) {
        return pass.cpuMillisPerArticle() - pass.cpuMillisPerArticle(ThreadCpu.Spender.JIT_COMPILER);
    }

    /** Candidate over base of the median CPU per article: below 1, the candidate is cheaper. */
    public Double cpuRatio() {
        return ratio(PipelineBench.Saturation::cpuMillisPerArticle);
    }

    /** As {@link #cpuRatio}, leaving out the JIT compiler's CPU. */
    public Double cpuRatioWithoutJit() {
        return ratio(SaturationComparison::cpuWithoutJit);
    }

    private Double ratio(Function<PipelineBench.Saturation, Double> figure) {
        if (configurations.size() < 2) {
            return null;
        }
        Double base = configurations.get(0).median(figure);
        Double candidate = configurations.get(1).median(figure);
        return base == null || candidate == null || base == 0 ? null : candidate / base;
    }

    public void printTable(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "Eventwire saturation bench — %s; corpus %d articles%n%n", machine.describe(),
                corpusArticles);
        out.println("| pass | configuration | articles | seconds | articles/s | events | DLQ | cores busy "
                + "| ms process CPU per article |");
        out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        Comparisons.inRunOrder(configurations, (number, configuration, pass) ->
                out.printf(Locale.ROOT, "| %d | %s | %d of %d | %.2f | %.0f | %d | %d | %.2f | %.2f |%n", number,
                        configuration.name(), pass.articles(), pass.offered(), pass.seconds(),
                        pass.articlesPerSecond(), pass.events(), pass.deadLetters(), pass.coresUsed(),
                        pass.cpuMillisPerArticle()));
        out.println();
        Comparisons.printCpuByThread(out, configurations, PipelineBench.Saturation::cpuMillisPerArticle);
        Comparisons.printMedians(out, configurations, FIGURES);
        if (configurations.size() > 1) {
            out.printf(Locale.ROOT, "candidate / base, median CPU per article: %.3f (without the JIT compiler's: "
                    + "%.3f)%n%n", cpuRatio(), cpuRatioWithoutJit());
        }
    }

    /** The figures as one JSON object on one line. */
    public String json() {
        Map<String, Object> root = machine.jsonHead("saturation", corpusArticles);
        for (SettingsUnderTest<PipelineBench.Saturation> configuration : configurations) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("settings", configuration.settings());
            entry.put("passes", configuration.passes().size());
            entry.put("medians", Comparisons.medians(configuration, FIGURES));
            entry.put("events", configuration.passes().stream().map(PipelineBench.Saturation::events).toList());
            root.put(configuration.name(), entry);
        }
        root.put("candidate_over_base_cpu", cpuRatio());
        root.put("candidate_over_base_cpu_without_jit", cpuRatioWithoutJit());
        return Json.toJson(root);
    }
}
