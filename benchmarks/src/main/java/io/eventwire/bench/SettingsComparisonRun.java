package io.eventwire.bench;

import io.eventwire.bench.pipeline.LatencyComparison;
import io.eventwire.bench.pipeline.PipelineBench;
import io.eventwire.bench.pipeline.SaturationComparison;
import io.eventwire.bench.pipeline.SettingsUnderTest;
import io.eventwire.broker.EmbeddedKafka;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One part of the pipeline run alone ({@code bench --only latency|saturation}), with the run's settings and, given
 * a candidate, the candidate's in alternation on one broker, so that a change of settings is judged by figures
 * taken under the same minutes of the machine's load.
 */
public final class SettingsComparisonRun {

    private SettingsComparisonRun() {
    }

    /**
     * The pipeline at the offered rate alone, {@code repetitions} times per configuration on one broker, after two
     * warm-up passes at saturation (the JIT still compiled through a first one of 4,000 articles). With a non-empty
     * {@code candidate} (processor settings laid over the run's own), each repetition measures the run's settings
     * and then the candidate's, so that both see the same minutes of the machine's load.
     */
    public static LatencyComparison runLatency(BenchOptions options, Map<String, String> candidate, int repetitions,
                                               PrintStream progress) throws InterruptedException {
        double[] loadBefore = Bench.loadAverage();
        Workload workload = Bench.workload(options, progress);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            double warmup = warmUp(kafka, options, workload, progress);
            List<SettingsUnderTest<PipelineBench.Latency>> configurations = alternate(options, candidate, repetitions,
                    progress, "at " + Math.round(options.rate()) + " articles/s", pipeline -> pipeline.latency(workload,
                            options.offeredRate()), kafka);
            return new LatencyComparison(Bench.machine(loadBefore), workload.size(), warmup, configurations);
        }
    }

    /** As {@link #runLatency}, at saturation: the figures are the rate and the CPU per article. */
    public static SaturationComparison runSaturation(BenchOptions options, Map<String, String> candidate,
                                                     int repetitions, PrintStream progress)
            throws InterruptedException {
        double[] loadBefore = Bench.loadAverage();
        Workload workload = Bench.workload(options, progress);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            warmUp(kafka, options, workload, progress);
            List<SettingsUnderTest<PipelineBench.Saturation>> configurations = alternate(options, candidate,
                    repetitions, progress, "at saturation",
                    pipeline -> pipeline.saturation(workload, options.saturationLimit()), kafka);
            return new SaturationComparison(Bench.machine(loadBefore), workload.size(), configurations);
        }
    }

    /** One measurement of the pipeline under given settings. */
    private interface Pass<P> {
        P run(PipelineBench pipeline) throws InterruptedException;
    }

    private static <P> List<SettingsUnderTest<P>> alternate(BenchOptions options, Map<String, String> candidate,
                                                            int repetitions, PrintStream progress, String what,
                                                            Pass<P> pass, EmbeddedKafka kafka)
            throws InterruptedException {
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        settings.put("base", options.processorSettings());
        if (!candidate.isEmpty()) {
            Map<String, String> candidateSettings = new HashMap<>(options.processorSettings());
            candidateSettings.putAll(candidate);
            settings.put("candidate", candidateSettings);
        }
        Map<String, List<P>> passes = new LinkedHashMap<>();
        settings.keySet().forEach(name -> passes.put(name, new ArrayList<>()));
        for (int i = 1; i <= repetitions; i++) {
            for (Map.Entry<String, Map<String, String>> configuration : settings.entrySet()) {
                progress.printf("bench: %s %s, pass %d of %d%n", configuration.getKey(), what, i, repetitions);
                PipelineBench pipeline = Bench.pipeline(kafka, options, configuration.getValue());
                passes.get(configuration.getKey()).add(pass.run(pipeline));
            }
        }
        return settings.keySet().stream()
                .map(name -> new SettingsUnderTest<>(name, settings.get(name), passes.get(name)))
                .toList();
    }

    /** Two passes at saturation with the run's settings; the rate of the second. */
    private static double warmUp(EmbeddedKafka kafka, BenchOptions options, Workload workload, PrintStream progress)
            throws InterruptedException {
        double articlesPerSecond = 0;
        for (int i = 1; i <= 2; i++) {
            progress.printf("bench: warm-up %d of 2, pipeline at saturation (%d articles)%n", i, workload.size());
            articlesPerSecond = Bench.pipeline(kafka, options, options.processorSettings())
                    .saturation(workload, options.saturationLimit()).articlesPerSecond();
        }
        return articlesPerSecond;
    }

}
