package io.eventwire.bench.report;

import io.eventwire.bench.BenchOptions;
import io.eventwire.bench.floor.ComputeFloor;
import io.eventwire.bench.floor.ComputeFloors;
import io.eventwire.bench.floor.RawFloor;
import io.eventwire.bench.pipeline.PipelineBench;
import io.eventwire.bench.pipeline.SettingsUnderTest;
import io.eventwire.bench.pipeline.ThreadCpu.Spender;
import io.eventwire.bench.sink.SinkBench;
import io.eventwire.bench.steps.Steps.Step;
import io.eventwire.contracts.serde.Json;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures of one run: a table for people, the goals with where each stands, and one JSON object on the
 * last line for scripts. Ratios are taken between figures of this run only, so machine load shifts them
 * far less than it shifts the absolute numbers.
 *
 * @param computeFloors the compute floor before and after the pipeline runs; ratios take the lower
 * @param firstPass  the pipeline at saturation while the JIT still compiles it, for the record
 * @param saturation the second pass, on the processor the first pass started: the pipeline as it runs for hours
 * @param latencyPasses the pipeline at the offered rate, {@value #LATENCY_PASSES} times: a p99 of a single pass
 *                   follows the machine's worst second in it, so the goal is judged on their median
 */
public record BenchReport(Machine machine, BenchOptions options, Corpus corpus, RawFloor.Result rawFloor,
                          ComputeFloors computeFloors, PipelineBench.Saturation firstPass,
                          PipelineBench.Saturation saturation, List<PipelineBench.Latency> latencyPasses,
                          SinkBench.Result sink) {

    public static final int LATENCY_PASSES = 3;

    public static final double GOAL_ARTICLES_PER_SECOND = 1500;
    public static final double GOAL_COMPUTE_RATIO = 0.7;
    public static final double GOAL_P99_MILLIS = 300;
    public static final double GOAL_SINK_DOCUMENTS_PER_SECOND = 20_000;

    /** @param loadBefore the 1-, 5- and 15-minute load averages when the run started */
    public record Machine(int cores, String java, long maxHeapBytes, double[] loadBefore, double[] loadAfter) {

        /** The first fields of a part-run report's JSON object: what ran, where, under what load. */
        public Map<String, Object> jsonHead(String mode, int corpusArticles) {
            Map<String, Object> head = new LinkedHashMap<>();
            head.put("mode", mode);
            head.put("cores", cores);
            head.put("java", java);
            head.put("load_before", loadBefore);
            head.put("load_after", loadAfter);
            head.put("corpus_articles", corpusArticles);
            return head;
        }

        /** "cores, JVM, load before and after" for a report's first line. */
        public String describe() {
            return String.format(Locale.ROOT, "%d cores, %s, load %s before, %s after", cores, java, load(loadBefore),
                    load(loadAfter));
        }

        private static String load(double[] load) {
            return load.length < 3 ? "n/a"
                    : String.format(Locale.ROOT, "%.2f/%.2f/%.2f", load[0], load[1], load[2]);
        }
    }

    public record Corpus(int articles, long bytes, double generationSeconds) {
    }

    public record Goal(String goal, String measured, String status) {
    }

    /** The compute floor the ratios are taken against: the lower of its two measurements in this run. */
    public ComputeFloor.Result computeFloor() {
        return computeFloors.floor();
    }

    /** Cores the pipeline can use: its stream threads, at most the machine's cores. */
    public int coresUsed() {
        return Math.min(options.streamThreads(), machine.cores());
    }

    public double pipelineOverCompute() {
        return saturation.articlesPerSecond() / computeFloor().articlesPerSecond();
    }

    public double pipelineOverComputeTimesCores() {
        return pipelineOverCompute() / coresUsed();
    }

    public double pipelineOverRaw() {
        return saturation.articlesPerSecond() / rawFloor.recordsPerSecond();
    }

    /**
     * Compute-floor CPU per article over pipeline CPU per article: the share of the pipeline's CPU that is
     * the steps' own work. Unlike the rate ratios it does not move with the neighbours' load.
     */
    public double cpuEfficiency() {
        return computeFloor().cpuMillisPerArticle() / saturation.cpuMillisPerArticle();
    }

    /**
     * The same ratio with the JIT compiler's CPU left out of the pipeline's: what it tends to once compilation
     * is over, which on 2 cores takes longer than a standard run. 0 where the split is not available.
     */
    public double cpuEfficiencyCompiled() {
        double compiled = saturation.cpuMillisPerArticle() - saturation.cpuMillisPerArticle(Spender.JIT_COMPILER);
        return saturation.cpuBySpender().isEmpty() ? 0 : computeFloor().cpuMillisPerArticle() / compiled;
    }

    /** What the pipeline would do with every core to itself: cores over its CPU cost per article. */
    public double projectedArticlesPerSecond() {
        return machine.cores() * 1000 / saturation.cpuMillisPerArticle();
    }

    public List<Goal> goals() {
        Double p99 = latencyMedian(pass -> pass.verdictLatency().p99());
        Double eventP99 = latencyMedian(pass -> pass.eventLatency().p99());
        PipelineBench.Latency latency = latencyPasses.get(0);
        return List.of(
                new Goal("pipeline >= 1,500 articles/s on 2 cores", fmt(saturation.articlesPerSecond())
                        + " articles/s (projected on idle cores: " + fmt(projectedArticlesPerSecond()) + ")",
                        saturation.articlesPerSecond() >= GOAL_ARTICLES_PER_SECOND ? "met" : "missed"),
                // Judged on CPU time: on a shared machine the one-thread floor gets a smaller share of a core
                // than the pipeline's threads do, and the wall-clock ratio flatters the pipeline.
                new Goal("pipeline >= 0.7 x compute floor (x cores used)", "CPU-time ratio " + fmt(cpuEfficiency())
                        + " (" + fmt(cpuEfficiencyCompiled()) + " without the JIT compiler's CPU; wall-clock "
                        + fmt(pipelineOverComputeTimesCores()) + ")",
                        cpuEfficiency() >= GOAL_COMPUTE_RATIO ? "met" : "missed"),
                new Goal("p99 latency <= 300 ms at " + fmt(latency.offeredPerSecond()) + " articles/s",
                        "median of " + latencyPasses.size() + " passes, after a lead-in of " + latency.leadIn().articles()
                                + " articles on fresh topics: articles " + millis(p99) + ", events " + millis(eventP99)
                                + " (lead-in events " + millis(latencyMedian(pass -> pass.leadIn().eventLatency().p99()))
                                + ")",
                        p99 != null && p99 <= GOAL_P99_MILLIS && (eventP99 == null || eventP99 <= GOAL_P99_MILLIS)
                                && latency.eventLatency().count() > 0 ? "met" : "missed"),
                new Goal("processor heap <= 512 MB with 1 M articles in dedup state",
                        "retained heap " + mb(saturation.retainedHeapBytes()) + " with " + saturation.articles()
                                + " articles", "not measured at 1 M"),
                new Goal("sink >= 20,000 documents/s to files", fmt(sink.documentsPerSecond()) + " documents/s",
                        sink.documentsPerSecond() >= GOAL_SINK_DOCUMENTS_PER_SECOND ? "met" : "missed"));
    }

    public void printTable(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "Eventwire bench (%s) — %s, max heap %s%n", options.quick() ? "quick" : "standard",
                machine.describe(), mb(machine.maxHeapBytes()));
        out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB of raw JSON, seed %d, generated in %.1f s%n%n",
                corpus.articles(), corpus.bytes() / 1e6, options.seed(), corpus.generationSeconds());
        out.println("| measurement | articles | seconds | articles/s | notes |");
        out.println("|---|---:|---:|---:|---|");
        out.printf(Locale.ROOT, "| raw floor: consumer -> producer | %d | %.2f | %s | %.1f MB/s |%n",
                rawFloor.records(), rawFloor.seconds(), fmt(rawFloor.recordsPerSecond()), rawFloor.megabytesPerSecond());
        printComputeFloorRow(out, "before the pipeline (JIT compiling)", computeFloors.beforePipeline());
        printSaturationRow(out, "pipeline, saturation, first pass: a new processor, the next articles (JIT compiling)",
                firstPass);
        printSaturationRow(out, "pipeline, saturation, exactly-once: second pass, the same processor running",
                saturation);
        for (PipelineBench.Latency latency : latencyPasses) {
            out.printf(Locale.ROOT, "| pipeline, %s articles/s offered | %d of %d + %d | %.2f | - | verdict p50/p95/p99 "
                            + "%s ms; event p50/p95/p99 %s ms (lead-in of %d: %s ms); %.2f ms process CPU per article |%n",
                    fmt(latency.offeredPerSecond()), latency.verdicts(), latency.offered(), latency.leadIn().articles(),
                    latency.sendSeconds(), latency.verdictLatency().summary(), latency.eventLatency().summary(),
                    latency.leadIn().articles(), latency.leadIn().eventLatency().summary(),
                    latency.cpuMillisPerArticle());
        }
        printComputeFloorRow(out, "after the pipeline (warm)", computeFloors.afterPipeline());
        out.printf(Locale.ROOT, "| sink: news.articles -> bulk files | %d | %.2f | %s | %.1f MB/s, %.3f ms CPU per document |%n",
                sink.documents(), sink.seconds(), fmt(sink.documentsPerSecond()), sink.bytes() / sink.seconds() / 1e6,
                sink.cpuSeconds() * 1000 / sink.documents());
        out.println();
        out.printf(Locale.ROOT, "Compute floor, where the time goes (CPU ms per article, one thread; the %s "
                + "measurement, the lower):%n", computeFloor() == computeFloors.afterPipeline() ? "second" : "first");
        for (Step step : Step.values()) {
            out.printf(Locale.ROOT, "  %-12s %8.3f%n", step.name().toLowerCase(Locale.ROOT),
                    computeFloor().millisPerArticle(step));
        }
        out.printf(Locale.ROOT, "Workload check: %d/%d generated duplicates found, %d originals flagged as duplicates, "
                        + "%d/%d originals tagged with their language, %d sanction and %d market events%n",
                computeFloor().duplicatesFound(), computeFloor().duplicatesGenerated(), computeFloor().originalsFlagged(),
                computeFloor().languageMatches(), computeFloor().articles() - computeFloor().duplicatesGenerated(),
                computeFloor().sanctionEvents(), computeFloor().marketEvents());
        out.printf(Locale.ROOT, "Memory: heap peak %s, processor retained heap %s, RSS peak %s; state %s on disk = %s per article%n",
                mb(saturation.heapPeakBytes()), mb(saturation.retainedHeapBytes()), mb(saturation.rssPeakBytes()),
                mb(saturation.stateBytes()), kb(saturation.stateBytesPerArticle()));
        out.printf(Locale.ROOT, "Ratios: pipeline / compute floor = %.3f; / (compute floor x %d cores) = %.3f; "
                        + "pipeline / raw floor = %.4f%n",
                pipelineOverCompute(), coresUsed(), pipelineOverComputeTimesCores(), pipelineOverRaw());
        out.printf(Locale.ROOT, "CPU per article: raw floor %.2f ms (process), compute floor %.1f ms (its thread), "
                        + "pipeline %.1f ms (process); compute / pipeline CPU = %.3f; "
                        + "projected on %d idle cores: %s articles/s%n",
                rawFloor.cpuMillisPerRecord(), computeFloor().cpuMillisPerArticle(), saturation.cpuMillisPerArticle(),
                cpuEfficiency(), machine.cores(), fmt(projectedArticlesPerSecond()));
        printCpuBySpender(out);
        if (!options.processorSettings().isEmpty()) {
            out.println("Processor settings changed for this run: " + options.processorSettings());
        }
        if (!options.sinkSettings().isEmpty()) {
            out.println("Sink settings changed for this run: " + options.sinkSettings());
        }
        out.println();
        out.println("| goal | measured | status |");
        out.println("|---|---|---|");
        goals().forEach(goal -> out.printf("| %s | %s | %s |%n", goal.goal(), goal.measured(), goal.status()));
        out.println();
    }

    private static void printComputeFloorRow(PrintStream out, String when, ComputeFloor.Result floor) {
        out.printf(Locale.ROOT, "| compute floor: steps, 1 thread, %s | %d | %.2f | %s | %.2f ms CPU per article; %s |%n",
                when, floor.articles(), floor.seconds(), fmt(floor.articlesPerSecond()), floor.cpuMillisPerArticle(),
                floor.verdicts());
    }

    private void printSaturationRow(PrintStream out, String name, PipelineBench.Saturation run) {
        out.printf(Locale.ROOT, "| %s | %d of %d | %.2f | %s | %d stream threads, %.2f cores busy, %.1f ms CPU per article, %d events, %d DLQ |%n",
                name, run.articles(), run.offered(), run.seconds(), fmt(run.articlesPerSecond()), options.streamThreads(),
                run.coresUsed(), run.cpuMillisPerArticle(), run.events(), run.deadLetters());
    }

    private void printCpuBySpender(PrintStream out) {
        if (saturation.cpuBySpender().isEmpty()) {
            out.println("Pipeline CPU by thread: not available (no /proc/self/task)");
            return;
        }
        out.println("Pipeline CPU by thread, ms per article (first pass -> second pass):");
        for (Spender spender : Spender.values()) {
            out.printf(Locale.ROOT, "  %-18s %7.2f -> %5.2f%n", spender.label(), firstPass.cpuMillisPerArticle(spender),
                    saturation.cpuMillisPerArticle(spender));
        }
    }

    private static Map<String, Object> cpuBySpender(PipelineBench.Saturation run) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Spender spender : Spender.values()) {
            out.put(spender.key(), round(run.cpuMillisPerArticle(spender)));
        }
        return out;
    }

    /** The figures as one JSON object on one line. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("mode", options.quick() ? "quick" : "standard");
        root.put("cores", machine.cores());
        root.put("java", machine.java());
        root.put("load_before", machine.loadBefore());
        root.put("load_after", machine.loadAfter());
        root.put("seed", options.seed());
        root.put("corpus_articles", corpus.articles());
        root.put("corpus_bytes", corpus.bytes());
        root.put("raw_floor_articles_per_s", round(rawFloor.recordsPerSecond()));
        root.put("raw_floor_mb_per_s", round(rawFloor.megabytesPerSecond()));
        root.put("compute_floor_articles_per_s", round(computeFloor().articlesPerSecond()));
        Map<String, Object> steps = new LinkedHashMap<>();
        for (Step step : Step.values()) {
            steps.put(step.name().toLowerCase(Locale.ROOT), round(computeFloor().millisPerArticle(step)));
        }
        root.put("compute_floor_ms_per_article", steps);
        root.put("pipeline_first_pass_articles_per_s", round(firstPass.articlesPerSecond()));
        root.put("cpu_ms_per_article_pipeline_first_pass", round(firstPass.cpuMillisPerArticle()));
        root.put("pipeline_articles_per_s", round(saturation.articlesPerSecond()));
        root.put("pipeline_articles", saturation.articles());
        root.put("pipeline_offered", saturation.offered());
        root.put("pipeline_events", saturation.events());
        root.put("pipeline_dead_letters", saturation.deadLetters());
        root.put("stream_threads", options.streamThreads());
        root.put("cores_busy", round(saturation.coresUsed()));
        root.put("latency_offered_per_s", latencyPasses.get(0).offeredPerSecond());
        root.put("latency_verdict_ms", latencyPasses.stream().map(pass -> pass.verdictLatency().asMap()).toList());
        root.put("latency_event_ms", latencyPasses.stream().map(pass -> pass.eventLatency().asMap()).toList());
        root.put("latency_lead_in_articles", latencyPasses.get(0).leadIn().articles());
        root.put("latency_lead_in_event_ms",
                latencyPasses.stream().map(pass -> pass.leadIn().eventLatency().asMap()).toList());
        Map<String, Double> medianP99 = new LinkedHashMap<>();
        medianP99.put("verdicts", latencyMedian(pass -> pass.verdictLatency().p99()));
        medianP99.put("events", latencyMedian(pass -> pass.eventLatency().p99()));
        root.put("latency_median_p99_ms", medianP99);
        root.put("latency_cpu_ms_per_article",
                latencyPasses.stream().map(pass -> round(pass.cpuMillisPerArticle())).toList());
        root.put("sink_documents_per_s", round(sink.documentsPerSecond()));
        root.put("sink_documents", sink.documents());
        root.put("heap_peak_bytes", saturation.heapPeakBytes());
        root.put("processor_retained_heap_bytes", saturation.retainedHeapBytes());
        root.put("rss_peak_bytes", saturation.rssPeakBytes());
        root.put("state_bytes_per_article", round(saturation.stateBytesPerArticle()));
        root.put("ratio_pipeline_over_compute", round(pipelineOverCompute()));
        root.put("ratio_pipeline_over_compute_x_cores", round(pipelineOverComputeTimesCores()));
        root.put("ratio_pipeline_over_raw", round(pipelineOverRaw()));
        root.put("cpu_ms_per_article_raw_floor", round(rawFloor.cpuMillisPerRecord()));
        root.put("cpu_ms_per_article_compute_floor", round(computeFloor().cpuMillisPerArticle()));
        root.put("cpu_ms_per_article_compute_floor_before_pipeline",
                round(computeFloors.beforePipeline().cpuMillisPerArticle()));
        root.put("cpu_ms_per_article_compute_floor_after_pipeline",
                round(computeFloors.afterPipeline().cpuMillisPerArticle()));
        root.put("cpu_ms_per_article_pipeline", round(saturation.cpuMillisPerArticle()));
        root.put("ratio_compute_cpu_over_pipeline_cpu", round(cpuEfficiency()));
        root.put("ratio_compute_cpu_over_pipeline_cpu_without_jit", round(cpuEfficiencyCompiled()));
        root.put("pipeline_cpu_ms_per_article_by_thread", cpuBySpender(saturation));
        root.put("pipeline_first_pass_cpu_ms_per_article_by_thread", cpuBySpender(firstPass));
        root.put("projected_idle_articles_per_s", round(projectedArticlesPerSecond()));
        root.put("processor_settings", options.processorSettings());
        root.put("sink_settings", options.sinkSettings());
        Map<String, String> goals = new LinkedHashMap<>();
        goals().forEach(goal -> goals.put(goal.goal(), goal.status()));
        root.put("goals", goals);
        return Json.toJson(root);
    }

    /** The median over the latency passes of one figure; null when a pass lacks it (records that never came). */
    private Double latencyMedian(Function<PipelineBench.Latency, Double> figure) {
        return new SettingsUnderTest<>("latency", options.processorSettings(), latencyPasses).median(figure);
    }

    private static Double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : null;
    }

    private static String fmt(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String millis(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
    }
}
