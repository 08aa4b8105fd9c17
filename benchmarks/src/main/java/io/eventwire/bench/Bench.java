package io.eventwire.bench;

import io.eventwire.bench.corpus.CorpusGenerator;
import io.eventwire.bench.corpus.CorpusSpec;
import io.eventwire.bench.floor.ComputeFloor;
import io.eventwire.bench.floor.ComputeFloors;
import io.eventwire.bench.floor.RawFloor;
import io.eventwire.bench.pipeline.PipelineBench;
import io.eventwire.bench.report.BenchReport;
import io.eventwire.bench.sink.SinkBench;
import io.eventwire.bench.sink.SinkOnlyReport;
import io.eventwire.broker.EmbeddedKafka;
import io.eventwire.processor.topology.PipelineSteps;
import io.eventwire.processor.topology.PipelineTopology;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One benchmark run, in one JVM on one embedded broker, so that every ratio compares figures taken under
 * the same load: generate the corpus, then the raw floor, the compute floor (which also warms the JIT for
 * what follows), the pipeline at saturation twice, the pipeline at the offered rate, the compute floor again
 * (warm now: see {@link ComputeFloors}) and the sink to files.
 * Both saturation passes run on one processor: the first, on the corpus's next articles, while the JIT still
 * compiles the broker, the clients and Kafka Streams and the processor starts on new topics; the second, on the
 * corpus the floors took, once that processor is running. The goals are judged on the second, since a processor
 * that takes a day's news runs for hours.
 */
public final class Bench {

    private Bench() {
    }

    public static BenchReport run(BenchOptions options, PrintStream progress) throws InterruptedException {
        double[] loadBefore = loadAverage();
        long generating = System.nanoTime();
        Workload workload = workload(options, progress);
        BenchReport.Corpus corpus = new BenchReport.Corpus(workload.size(), workload.valueBytes(),
                (System.nanoTime() - generating) / 1e9);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            progress.println("bench: raw floor (consumer -> producer pass-through)");
            RawFloor.Result raw = RawFloor.run(kafka.bootstrapServers(), workload, "bench-");
            progress.printf("bench: compute floor (every step, one thread, at most %d s)%n",
                    options.computeBudget().toSeconds());
            ComputeFloor.Result computeBefore = computeFloor(workload, options);
            PipelineBench pipeline = pipeline(kafka, options, options.processorSettings());
            progress.printf("bench: pipeline at saturation, one processor: first the corpus's next %d articles,"
                    + " then its %d (at most %d s each)%n", workload.size(), workload.size(),
                    options.saturationLimit().toSeconds());
            List<PipelineBench.Saturation> passes = pipeline.saturation(
                    List.of(articles(options, workload.size()), workload), options.saturationLimit());
            PipelineBench.Saturation firstPass = passes.get(0);
            PipelineBench.Saturation saturation = passes.get(1);
            List<PipelineBench.Latency> latency = new ArrayList<>();
            for (int i = 1; i <= BenchReport.LATENCY_PASSES; i++) {
                progress.printf("bench: pipeline at %.0f articles/s for %.1f s of lead-in, then %d s, pass %d of %d%n",
                        options.rate(), options.rateLeadIn().toMillis() / 1000.0, options.rateDuration().toSeconds(),
                        i, BenchReport.LATENCY_PASSES);
                latency.add(pipeline.latency(workload, options.offeredRate()));
            }
            progress.println("bench: compute floor again, after the pipeline");
            ComputeFloors compute = new ComputeFloors(computeBefore, computeFloor(workload, options));
            progress.printf("bench: sink to files (%d documents)%n", options.sinkDocuments());
            SinkBench.Result sink = SinkBench.run(kafka.bootstrapServers(), workload, options.sinkDocuments(),
                    options.sinkSettings());
            return new BenchReport(machine(loadBefore), options, corpus, raw, compute, firstPass, saturation, latency,
                    sink);
        }
    }

    private static ComputeFloor.Result computeFloor(Workload workload, BenchOptions options) {
        return ComputeFloor.run(workload, options.warmupArticles(), options.warmupBudget(), options.computeBudget());
    }

    /**
     * The sink measurement alone, {@code repetitions} times on one broker (each on topics of its own), for work
     * on the sink that need not wait for the pipeline runs: the same corpus and document count as in {@link #run}.
     */
    public static SinkOnlyReport runSink(BenchOptions options, int repetitions, PrintStream progress) {
        double[] loadBefore = loadAverage();
        Workload workload = workload(options, progress);
        List<SinkBench.Result> runs = new ArrayList<>();
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            for (int i = 1; i <= repetitions; i++) {
                progress.printf("bench: sink to files (%d documents), run %d of %d%n", options.sinkDocuments(), i,
                        repetitions);
                SinkBench.Result run = SinkBench.run(kafka.bootstrapServers(), workload, options.sinkDocuments(),
                    options.sinkSettings());
                progress.printf("bench: drained from %s for %.3f s%n", run.drainStarted(), run.seconds());
                runs.add(run);
            }
        }
        return new SinkOnlyReport(machine(loadBefore), workload.size(), options.sinkSettings(), runs);
    }

    static Workload workload(BenchOptions options, PrintStream progress) {
        progress.printf("bench: generating %d articles (seed %d)%n", options.articles(), options.seed());
        return articles(options, 0);
    }

    /**
     * The run's number of corpus articles from index {@code from}: from 0 the workload every measurement takes;
     * from its end, as many more of the same kind of news, none of it seen before.
     */
    private static Workload articles(BenchOptions options, long from) {
        return Workload.generate(new CorpusGenerator(CorpusSpec.defaults(options.seed())), from, options.articles());
    }

    static PipelineBench pipeline(EmbeddedKafka kafka, BenchOptions options, Map<String, String> settings) {
        return new PipelineBench(kafka.bootstrapServers(),
                processorSettings -> PipelineTopology.build(processorSettings.topics(),
                        PipelineSteps.from(processorSettings)),
                options.streamThreads(), settings);
    }

    static BenchReport.Machine machine(double[] loadBefore) {
        return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory(), loadBefore, loadAverage());
    }

    /** The 1-, 5- and 15-minute load averages (/proc/loadavg), or the 1-minute one where that is all there is. */
    static double[] loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return Arrays.stream(fields, 0, 3).mapToDouble(Double::parseDouble).toArray();
        } catch (Exception e) {
            return new double[] {ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
        }
    }
}
