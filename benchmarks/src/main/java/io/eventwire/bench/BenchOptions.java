package io.eventwire.bench;

import io.eventwire.bench.pipeline.OfferedRate;

import java.time.Duration;
import java.util.Map;

/**
 * The sizes of one benchmark run. {@link #quickRun()} finishes in under two minutes on a 2-core machine;
 * {@link #standardRun()} gives steadier figures.
 *
 * @param articles        corpus size: the raw floor and the saturation run move all of them
 * @param computeBudget   the compute floor stops after this long (or after the corpus)
 * @param warmupArticles  compute-floor warm-up, so the JIT has compiled the steps before anything is timed
 * @param warmupBudget    the warm-up stops after this long even if it has not done all its articles
 * @param saturationLimit the saturation run reports what it did by then if it has not finished
 * @param rate            offered rate of the latency run, articles per second
 * @param rateLeadIn      how long the latency run offers that rate before the part its percentiles are taken on
 *                        (see {@link OfferedRate})
 * @param rateDuration    how long the latency run offers that rate after the lead-in
 * @param drainLimit      how long the latency run waits for outputs after the last send
 * @param streamThreads   Kafka Streams threads of the processor
 * @param sinkDocuments   documents the sink writes to files in its own measurement (a few seconds' worth at
 *                        the goal's 20,000 documents/s)
 * @param processorSettings extra processor settings ({@code kafka.max.poll.records=50}…), to measure a change
 * @param sinkSettings    extra sink settings ({@code mapping.threads=1}, {@code consumer.max.poll.records=500}…)
 */
public record BenchOptions(boolean quick, long seed, int articles, Duration computeBudget, int warmupArticles,
                           Duration warmupBudget, Duration saturationLimit, double rate, Duration rateLeadIn, Duration rateDuration,
                           Duration drainLimit,
                           int streamThreads, int sinkDocuments, Map<String, String> processorSettings,
                           Map<String, String> sinkSettings) {

    public BenchOptions {
        processorSettings = Map.copyOf(processorSettings);
        sinkSettings = Map.copyOf(sinkSettings);
    }

    public static BenchOptions quickRun() {
        return new BenchOptions(true, 42, 300, Duration.ofSeconds(10), 150, Duration.ofSeconds(6),
                Duration.ofSeconds(20), 200, Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(10),
                Runtime.getRuntime().availableProcessors(), 20_000, Map.of(), Map.of());
    }

    public static BenchOptions standardRun() {
        return new BenchOptions(false, 42, 2000, Duration.ofSeconds(90), 500, Duration.ofSeconds(60),
                Duration.ofMinutes(10), 200, Duration.ofSeconds(3), Duration.ofSeconds(20), Duration.ofSeconds(60),
                Runtime.getRuntime().availableProcessors(), 60_000, Map.of(), Map.of());
    }

    public BenchOptions with(Integer articles, Double rate, Integer streamThreads, Long seed,
                             Map<String, String> processorSettings) {
        return new BenchOptions(quick, seed != null ? seed : this.seed, articles != null ? articles : this.articles,
                computeBudget, warmupArticles, warmupBudget, saturationLimit, rate != null ? rate : this.rate,
                rateLeadIn, rateDuration, drainLimit, streamThreads != null ? streamThreads : this.streamThreads, sinkDocuments,
                processorSettings, sinkSettings);
    }

    public BenchOptions withSinkSettings(Map<String, String> settings) {
        return new BenchOptions(quick, seed, articles, computeBudget, warmupArticles, warmupBudget, saturationLimit,
                rate, rateLeadIn, rateDuration, drainLimit, streamThreads, sinkDocuments, processorSettings, settings);
    }

    /** The latency run's schedule. */
    public OfferedRate offeredRate() {
        return new OfferedRate(rate, rateLeadIn, rateDuration, drainLimit);
    }
}
