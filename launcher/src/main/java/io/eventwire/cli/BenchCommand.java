package io.eventwire.cli;

import io.eventwire.bench.Bench;
import io.eventwire.bench.BenchOptions;
import io.eventwire.bench.SettingsComparisonRun;
import io.eventwire.bench.pipeline.LatencyComparison;
import io.eventwire.bench.pipeline.SaturationComparison;
import io.eventwire.bench.report.BenchReport;
import io.eventwire.bench.sink.SinkOnlyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** Measures the pipeline against its raw and compute floors in one run on an embedded broker. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the pipeline on a synthetic corpus, in one run on an embedded broker: the raw "
                + "floor (consumer -> producer), the compute floor (every step in one thread, no Kafka), the full "
                + "topology with exactly-once at saturation and at a fixed offered rate, with their ratios.",
                "Prints a table, then one JSON object with the figures as the last line. See BENCHMARKS.md."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "A small run that finishes in under two minutes.")
    private boolean quick;

    @Option(names = "--articles", description = "Corpus size (quick: 300, standard: 2000).")
    private Integer articles;

    @Option(names = "--rate", description = "Offered rate of the latency run, articles per second (200).")
    private Double rate;

    @Option(names = "--threads", description = "Kafka Streams threads of the processor (default: the cores).")
    private Integer threads;

    @Option(names = "--seed", description = "Corpus seed (42).")
    private Long seed;

    /** A part of the run that can be measured alone. */
    enum Part { SINK, LATENCY, SATURATION }

    @Option(names = "--only", paramLabel = "PART",
            description = "Measure one part alone: sink (the sink to files, on the same corpus and document count), "
                    + "latency (the pipeline at the offered rate) or saturation (the pipeline at saturation), "
                    + "the last two after two warm-up passes.")
    private Part only;

    @Option(names = "--repeat", description = "With --only: how many times to repeat the measurement (3), "
            + "so that warm runs and the spread show.")
    private int repeat = 3;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "A processor setting for the pipeline runs, to measure a change (kafka.max.poll.records=50).")
    private Map<String, String> processorSettings = new HashMap<>();

    @Option(names = "--compare", paramLabel = "KEY=VALUE",
            description = "With --only latency or saturation: a candidate processor setting, measured in "
                    + "alternation with the run's own settings in the same run (kafka.commit.interval.ms=25).")
    private Map<String, String> candidateSettings = new HashMap<>();

    @Option(names = "--sink-set", paramLabel = "KEY=VALUE",
            description = "A sink setting for the sink run, to measure a change (mapping.threads=1, "
                    + "consumer.max.poll.records=500).")
    private Map<String, String> sinkSettings = new HashMap<>();

    @Override
    public Integer call() throws InterruptedException {
        BenchOptions options = (quick ? BenchOptions.quickRun() : BenchOptions.standardRun())
                .with(articles, rate, threads, seed, processorSettings)
                .withSinkSettings(sinkSettings);
        if (only == Part.SINK) {
            SinkOnlyReport report = Bench.runSink(options, repeat, System.err);
            report.printTable(System.out);
            System.out.println(report.json());
            return 0;
        }
        if (only == Part.LATENCY) {
            LatencyComparison comparison = SettingsComparisonRun.runLatency(options, candidateSettings, repeat, System.err);
            comparison.printTable(System.out);
            System.out.println(comparison.json());
            return 0;
        }
        if (only == Part.SATURATION) {
            SaturationComparison comparison = SettingsComparisonRun.runSaturation(options, candidateSettings, repeat, System.err);
            comparison.printTable(System.out);
            System.out.println(comparison.json());
            return 0;
        }
        BenchReport report = Bench.run(options, System.err);
        report.printTable(System.out);
        System.out.println(report.json());
        return 0;
    }
}
