package io.eventwire.bench.pipeline;

import io.eventwire.bench.ProcessCpu;
import io.eventwire.bench.Sends;
import io.eventwire.bench.Workload;
import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.files.Directories;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.TopicSpec;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.processor.topology.ProcessorRunner;
import io.eventwire.processor.topology.ProcessorSettings;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The full topology on the broker, with exactly-once, measured two ways, each on topics and state of its own:
 * at saturation (the workload loaded into news.raw first, then processed as fast as it goes) and at a
 * fixed offered rate (records sent on a schedule, each output's latency taken from the raw record's time).
 */
public final class PipelineBench {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** No record processed for this long, and no lag: the processor has done all it was given. */
    private static final Duration IDLE_QUIET = Duration.ofSeconds(2);

    /**
     * @param articles       raw records whose verdict arrived within the time limit
     * @param seconds        from the first record sent to the last output, verdict or event, once the processor
     *                       is idle (or to the time limit)
     * @param coresUsed      process CPU time over the run's wall time (processor, broker and benchmark clients)
     * @param cpuSeconds     that process CPU time itself
     * @param stateBytes     the processor's state directory on disk after it closed (0 where it went on running)
     * @param articlesInState the articles that processor took in all, this pass's and those before it
     * @param retainedHeapBytes heap held after a full GC with the processor running, minus before it started
     * @param cpuBySpender   that process CPU time split by the threads that spent it (empty without /proc)
     */
    public record Saturation(int offered, long articles, long deadLetters, long events, double seconds,
                             double coresUsed, double cpuSeconds, long stateBytes, long articlesInState,
                             long heapPeakBytes, long retainedHeapBytes, long rssPeakBytes,
                             Map<ThreadCpu.Spender, Long> cpuBySpender) {

        public Saturation {
            cpuBySpender = Map.copyOf(cpuBySpender);
        }

        /** CPU milliseconds per article that reached its verdict, spent by {@code spender}'s threads. */
        public double cpuMillisPerArticle(ThreadCpu.Spender spender) {
            return articles > 0 ? cpuBySpender.getOrDefault(spender, 0L) / 1e6 / articles : 0;
        }

        /** Process CPU (processor, broker, clients) per article that reached its verdict. */
        public double cpuMillisPerArticle() {
            return articles > 0 ? cpuSeconds * 1000 / articles : Double.POSITIVE_INFINITY;
        }

        public double articlesPerSecond() {
            return seconds > 0 ? articles / seconds : 0;
        }

        public double stateBytesPerArticle() {
            return articlesInState > 0 ? (double) stateBytes / articlesInState : 0;
        }

        Saturation withState(long bytes, long ofArticles) {
            return new Saturation(offered, articles, deadLetters, events, seconds, coresUsed, cpuSeconds, bytes,
                    ofArticles, heapPeakBytes, retainedHeapBytes, rssPeakBytes, cpuBySpender);
        }
    }

    /**
     * @param offered    articles sent after the lead-in, whose latencies the percentiles give
     * @param verdicts   verdicts that arrived, the lead-in's included
     * @param events     events that arrived, the lead-in's included
     * @param cpuSeconds process CPU (processor, broker, clients) from the first record sent until every verdict
     *                   was in, the cost of the settings under measurement at this rate
     * @param leadIn     the articles sent first, on the fresh topics, and their latencies
     */
    public record Latency(double offeredPerSecond, int offered, double sendSeconds, long verdicts, long events,
                          double cpuSeconds, Map<ThreadCpu.Spender, Long> cpuBySpender, Percentiles verdictLatency,
                          Percentiles eventLatency, LeadIn leadIn) {

        public Latency {
            cpuBySpender = Map.copyOf(cpuBySpender);
        }

        /** Articles sent, the lead-in's included: what the pass's CPU time was spent on. */
        public int articlesSent() {
            return offered + leadIn.articles();
        }

        /** Process CPU per article sent. */
        public double cpuMillisPerArticle() {
            return articlesSent() > 0 ? cpuSeconds * 1000 / articlesSent() : 0;
        }

        /** CPU milliseconds per article sent, spent by {@code spender}'s threads. */
        public double cpuMillisPerArticle(ThreadCpu.Spender spender) {
            return articlesSent() > 0 ? cpuBySpender.getOrDefault(spender, 0L) / 1e6 / articlesSent() : 0;
        }
    }

    /** The first articles of a latency pass (see {@link OfferedRate}): how many, and their latencies. */
    public record LeadIn(int articles, Percentiles verdictLatency, Percentiles eventLatency) {

        public static final LeadIn NONE = new LeadIn(0, Percentiles.of(new long[0], 0), Percentiles.of(new long[0], 0));
    }

    private final String bootstrapServers;
    private final Function<ProcessorSettings, Topology> topology;
    private final int streamThreads;
    private final Map<String, String> overrides;

    /** @param overrides processor settings that replace the defaults (a change under measurement) */
    public PipelineBench(String bootstrapServers, Function<ProcessorSettings, Topology> topology, int streamThreads,
                         Map<String, String> overrides) {
        this.bootstrapServers = bootstrapServers;
        this.topology = topology;
        this.streamThreads = streamThreads;
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * Starts the processor on empty topics, then loads the whole workload into news.raw as fast as the
     * broker takes it, so the processor always has a backlog. Starting first matters: Kafka Streams creates
     * its repartition topics as it starts, and a backlog written before they are ready only measures the
     * retries of that start.
     */
    public Saturation saturation(Workload workload, Duration limit) throws InterruptedException {
        return saturation(List.of(workload), limit).get(0);
    }

    /**
     * One processor on empty topics takes the workloads one after the other, each loaded once the processor has
     * gone idle after the one before: the first measures a processor that has just started, the next ones a
     * processor that has been running, as one that takes the news all day is. Each is measured on its own.
     */
    public List<Saturation> saturation(List<Workload> workloads, Duration limit) throws InterruptedException {
        Topics topics = new Topics("sat-" + shortId() + "-");
        createTopics(topics);
        Path stateDir = tempDir();
        ProcessorSettings settings = settings(topics, stateDir);
        long heapBefore = MemorySampler.retainedHeapBytes();
        try (OutputWatcher watcher = new OutputWatcher(bootstrapServers, topics, new OutputWatcher.SendTimes());
             ProcessorRunner runner = new ProcessorRunner(settings, topology.apply(settings));
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig())) {
            runner.start();
            awaitRunning(runner);
            Running running = new Running(topics, watcher, runner, producer);
            List<Saturation> results = new ArrayList<>();
            long articlesBefore = 0;
            for (Workload workload : workloads) {
                results.add(load(workload, articlesBefore, running, limit, heapBefore));
                articlesBefore += workload.size();
            }
            runner.close();
            long stateBytes = directoryBytes(stateDir);
            Saturation last = results.remove(results.size() - 1);
            results.add(last.withState(stateBytes, articlesBefore));
            return results;
        } finally {
            Directories.deleteQuietly(stateDir);
        }
    }

    /** A processor at work on its topics, the watcher of its outputs and the producer that feeds it. */
    private record Running(Topics topics, OutputWatcher watcher, ProcessorRunner runner,
                           KafkaProducer<byte[], byte[]> producer) {
    }

    /** Loads one workload into news.raw and measures until its last output, or {@code limit}. */
    private Saturation load(Workload workload, long articlesBefore, Running running, Duration limit,
                            long heapBefore) throws InterruptedException {
        OutputWatcher watcher = running.watcher();
        long verdictsBefore = watcher.verdicts();
        long deadLettersBefore = watcher.deadLetters();
        long eventsBefore = watcher.events();
        try (MemorySampler memory = new MemorySampler()) {
            long started = System.nanoTime();
            long cpuStarted = ProcessCpu.nanos();
            ThreadCpu.Snapshot threadsStarted = ThreadCpu.snapshot();
            long now = System.currentTimeMillis();
            Sends sends = new Sends();
            for (Workload.Item item : workload.items()) {
                running.producer().send(new ProducerRecord<>(running.topics().raw(), null, now, item.key(),
                        item.value()), sends);
            }
            sends.flushAndCheck(running.producer(), "the saturation backlog");
            long deadline = started + limit.toNanos();
            boolean complete = watcher.awaitVerdicts(articlesBefore + workload.size(), limit)
                    && idle(running.runner(), deadline);
            long ended = complete ? watcher.lastOutputNanos() : System.nanoTime();
            double cpuSeconds = (ProcessCpu.nanos() - cpuStarted) / 1e9;
            Map<ThreadCpu.Spender, Long> cpuBySpender = ThreadCpu.snapshot().since(threadsStarted);
            double cores = cpuSeconds / ((System.nanoTime() - started) / 1e9);
            long heldWhileRunning = MemorySampler.retainedHeapBytes();
            // Counted before the next workload or the close: closing commits what is in flight and would count it.
            return new Saturation(workload.size(), watcher.verdicts() - verdictsBefore,
                    watcher.deadLetters() - deadLettersBefore, watcher.events() - eventsBefore,
                    (ended - started) / 1e9, cores, cpuSeconds, 0, 0, memory.heapPeakBytes(),
                    heldWhileRunning - heapBefore, memory.rssPeakBytes(), cpuBySpender);
        }
    }

    /**
     * Sends the workload on {@code rate}'s schedule, each record stamped with the time it was due (so a late sender
     * cannot hide queueing), then waits up to its drain time for the outputs.
     */
    public Latency latency(Workload workload, OfferedRate rate) throws InterruptedException {
        Topics topics = new Topics("lat-" + shortId() + "-");
        createTopics(topics);
        Path stateDir = tempDir();
        ProcessorSettings settings = settings(topics, stateDir);
        int leadIn = rate.leadInArticles(workload.size());
        int offered = rate.measuredArticles(workload.size());
        OutputWatcher.SendTimes sendTimes = new OutputWatcher.SendTimes();
        try (OutputWatcher watcher = new OutputWatcher(bootstrapServers, topics, sendTimes);
             ProcessorRunner runner = new ProcessorRunner(settings, topology.apply(settings));
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(Map.of(
                     ProducerConfig.LINGER_MS_CONFIG, 0)))) {
            runner.start();
            awaitRunning(runner);
            long cpuStarted = ProcessCpu.nanos();
            ThreadCpu.Snapshot threadsStarted = ThreadCpu.snapshot();
            long startMillis = System.currentTimeMillis();
            long startNanos = System.nanoTime();
            long intervalNanos = (long) (1e9 / rate.perSecond());
            Sends sends = new Sends();
            for (int i = 0; i < leadIn + offered; i++) {
                long due = startNanos + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                long dueMillis = startMillis + (due - startNanos) / 1_000_000;
                Workload.Item item = workload.items().get(i);
                sendTimes.put(item.articleId(), dueMillis, i < leadIn);
                producer.send(new ProducerRecord<>(topics.raw(), null, dueMillis, item.key(), item.value()), sends);
            }
            sends.flushAndCheck(producer, "the offered load");
            double sendSeconds = (System.nanoTime() - startNanos) / 1e9;
            long drainDeadline = System.nanoTime() + rate.drain().toNanos();
            // Events come out after their article's verdict: closing at the last verdict would leave the latest
            // events, the tail of the distribution, out of it. They have no expected count (verdicts that never
            // come count as missing), so the wait is for the processor to go idle, or the drain limit.
            watcher.awaitVerdicts(leadIn + offered, rate.drain());
            idle(runner, drainDeadline);
            double cpuSeconds = (ProcessCpu.nanos() - cpuStarted) / 1e9;
            Map<ThreadCpu.Spender, Long> cpuBySpender = ThreadCpu.snapshot().since(threadsStarted);
            runner.close();
            watcher.close();
            long[] verdicts = watcher.verdictLatencies(false);
            long[] leadInVerdicts = watcher.verdictLatencies(true);
            // A verdict that never came counts against the measured part, wherever it was sent.
            long missing = Math.max(0, leadIn + offered - watcher.deadLetters() - verdicts.length - leadInVerdicts.length);
            return new Latency(rate.perSecond(), offered, sendSeconds, watcher.verdicts(), watcher.events(), cpuSeconds,
                    cpuBySpender, Percentiles.of(verdicts, missing), Percentiles.of(watcher.eventLatencies(false), 0),
                    new LeadIn(leadIn, Percentiles.of(leadInVerdicts, 0),
                            Percentiles.of(watcher.eventLatencies(true), 0)));
        } finally {
            Directories.deleteQuietly(stateDir);
        }
    }

    /**
     * Whether the processor went idle before {@code deadline}: every verdict is out by then, but events are
     * extracted downstream of the verdicts, so the run ends when the last of those is out too.
     */
    private static boolean idle(ProcessorRunner runner, long deadline) throws InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            runner.awaitIdle(IDLE_QUIET, Duration.ofNanos(left));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private ProcessorSettings settings(Topics topics, Path stateDir) {
        Map<String, String> values = new HashMap<>(overrides);
        values.put("bootstrap.servers", bootstrapServers);
        values.put("application.id", "bench-" + topics.prefix() + UUID.randomUUID().toString().substring(0, 8));
        values.put("topic.prefix", topics.prefix());
        values.put("state.dir", stateDir.toString());
        // A comparison's candidate may set its own thread count (more threads than cores, say).
        values.putIfAbsent("num.stream.threads", Integer.toString(streamThreads));
        return new ProcessorSettings(Settings.of(values));
    }

    private void createTopics(Topics topics) {
        TopicCreator.createMissing(bootstrapServers, topics.all());
    }

    private static void awaitRunning(ProcessorRunner runner) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (runner.streams().state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || runner.streams().state() == KafkaStreams.State.ERROR) {
                throw new IllegalStateException("the processor did not reach RUNNING (state "
                        + runner.streams().state() + ")");
            }
            Thread.sleep(20);
        }
    }

    private Map<String, Object> producerConfig() {
        return producerConfig(Map.of());
    }

    /** As the crawler sends raw articles: zstd, idempotent. */
    private Map<String, Object> producerConfig(Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicSpec.RAW_MAX_MESSAGE_BYTES);
        config.putAll(overrides);
        return config;
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("eventwire-bench-state-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long directoryBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
