package io.eventwire.bench.steps;

import io.eventwire.bench.ProcessCpu;
import io.eventwire.bench.Sends;
import io.eventwire.bench.Workload;
import io.eventwire.bench.corpus.CorpusGenerator;
import io.eventwire.bench.corpus.CorpusSpec;
import io.eventwire.broker.EmbeddedKafka;
import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.files.Directories;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.TopicSpec;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.processor.dedup.ArticleFingerprinter;
import io.eventwire.processor.dedup.DedupConfig;
import io.eventwire.processor.dedup.FingerprintedArticle;
import io.eventwire.processor.topology.PipelineSteps;
import io.eventwire.processor.topology.PipelineTopology;
import io.eventwire.processor.topology.ProcessorRunner;
import io.eventwire.processor.topology.ProcessorSettings;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * The one dedup task's cost per article, on the embedded broker with exactly-once, its changelogs and its
 * outputs: the task every article passes through, whose cost caps the pipeline whatever the cores. The corpus's
 * articles go through the upstream steps (untimed) into a one-partition topic, as the {@code dedup-input}
 * repartition holds them; then {@link PipelineTopology#deduplicate} runs alone on one stream thread until it has
 * judged them all. Reported per article: that stream thread's CPU (consume, deserialize, look up and write the
 * stores and changelogs, produce the verdicts, commit) and the whole process's (with the broker). The first tenth
 * of the articles is not counted (start, JIT). Run:
 * {@code java -cp "launcher/target/launcher-0.1.0-SNAPSHOT.jar:launcher/target/lib/*"
 * io.eventwire.bench.steps.DedupTaskCost 2000 3} (articles, rounds; further arguments are processor settings,
 * {@code kafka.commit.interval.ms=30}).
 */
public final class DedupTaskCost {

    private static final long BASE_TIMESTAMP = 1_700_000_000_000L;
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** One round's figures, in milliseconds of CPU per article. */
    public record Result(long articles, double streamThreadMillis, double processMillis) {
    }

    private DedupTaskCost() {
    }

    public static void main(String[] args) throws Exception {
        int articles = Integer.parseInt(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Map<String, String> overrides = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] keyValue = args[i].split("=", 2);
            overrides.put(keyValue[0], keyValue[1]);
        }
        PipelineSteps steps = PipelineSteps.defaults();
        List<ProducerRecord<String, byte[]>> input = fingerprinted(steps, articles);
        Path stateDir = Files.createTempDirectory("eventwire-dedup-cost-");
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            for (int round = 1; round <= rounds; round++) {
                Result result = run(kafka.bootstrapServers(), input, steps.dedupConfig(), stateDir, overrides);
                System.out.printf(Locale.ROOT, "round %d: %d articles, dedup stream thread %.3f ms CPU per article, "
                                + "process %.3f ms (load average %s)%n", round, result.articles(),
                        result.streamThreadMillis(), result.processMillis(), loadAverage());
            }
        } finally {
            Directories.deleteQuietly(stateDir);
        }
    }

    private static String loadAverage() throws IOException {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }

    /** The corpus's articles as the dedup task reads them (key: article id; record time: one ms apart). */
    static List<ProducerRecord<String, byte[]>> fingerprinted(PipelineSteps steps, int articles) {
        Workload workload = Workload.generate(new CorpusGenerator(CorpusSpec.defaults(42)), 0, articles);
        ArticleFingerprinter fingerprinter = steps.fingerprinter();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (Workload.Item item : workload.items()) {
            try {
                FingerprintedArticle article = fingerprinter.fingerprint(
                        steps.article(Json.fromBytes(item.value(), RawArticle.class)));
                records.add(new ProducerRecord<>("", 0, BASE_TIMESTAMP + records.size(), article.article().id(),
                        PipelineTopology.DEDUP_INPUT.serializer().serialize("", article)));
            } catch (RuntimeException deadLetter) {
                // The topology would have sent it to news.dlq before the dedup task.
            }
        }
        return records;
    }

    /** One round on fresh topics and state: the task judges {@code input} from the start. */
    static Result run(String bootstrapServers, List<ProducerRecord<String, byte[]>> input, DedupConfig config,
                      Path stateDir, Map<String, String> overrides) throws InterruptedException, TimeoutException {
        Topics topics = new Topics("dedup-cost-" + UUID.randomUUID().toString().substring(0, 8) + "-");
        String inputTopic = topics.prefix() + "dedup-input";
        TopicCreator.createMissing(bootstrapServers, topics.all());
        TopicCreator.createMissing(bootstrapServers, List.of(new TopicSpec(inputTopic, 1, Map.of())));
        load(bootstrapServers, inputTopic, input);
        Map<String, String> values = new HashMap<>(overrides);
        values.put("bootstrap.servers", bootstrapServers);
        values.put("application.id", topics.prefix() + "app");
        values.put("topic.prefix", topics.prefix());
        values.put("state.dir", stateDir.toString());
        values.put("num.stream.threads", "1");
        ProcessorSettings settings = new ProcessorSettings(Settings.of(values));
        StreamsBuilder builder = new StreamsBuilder();
        PipelineTopology.deduplicate(builder.stream(inputTopic, Consumed.with(Serdes.String(),
                PipelineTopology.DEDUP_INPUT)), topics, config);
        ProcessorRunner runner = new ProcessorRunner(settings, builder.build());
        try {
            runner.start();
            long skip = input.size() / 10;
            long[] start = awaitProcessed(runner, skip, settings.applicationId());
            long[] end = awaitProcessed(runner, input.size(), settings.applicationId());
            long counted = end[0] - start[0];
            return new Result(counted, (end[1] - start[1]) / 1e6 / counted, (end[2] - start[2]) / 1e6 / counted);
        } finally {
            runner.close();
            runner.streams().cleanUp();
        }
    }

    /** Waits until {@code count} records were processed; then: processed, stream thread CPU, process CPU. */
    private static long[] awaitProcessed(ProcessorRunner runner, long count, String applicationId)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            long processed = runner.processedRecords();
            if (processed >= count) {
                return new long[] {processed, streamThreadNanos(applicationId), ProcessCpu.nanos()};
            }
            Thread.sleep(2);
        }
        throw new TimeoutException("the dedup task processed " + runner.processedRecords() + " of " + count);
    }

    private static long streamThreadNanos(String applicationId) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith(applicationId)
                    && thread.getThreadName().endsWith("-StreamThread-1")) {
                nanos += threads.getThreadCpuTime(thread.getThreadId());
            }
        }
        return nanos;
    }

    private static void load(String bootstrapServers, String topic, List<ProducerRecord<String, byte[]>> input) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.BATCH_SIZE_CONFIG, ProcessorSettings.PRODUCER_BATCH_BYTES);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            Sends sends = new Sends();
            for (ProducerRecord<String, byte[]> record : input) {
                producer.send(new ProducerRecord<>(topic, 0, record.timestamp(), record.key(), record.value()), sends);
            }
            sends.flushAndCheck(producer, "the dedup task's input");
        }
    }
}
