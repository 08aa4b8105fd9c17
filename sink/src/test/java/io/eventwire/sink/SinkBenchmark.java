package io.eventwire.sink;

import io.eventwire.broker.EmbeddedKafka;
import io.eventwire.contracts.files.Directories;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.sink.document.BulkAction;
import io.eventwire.sink.document.DocumentMapper;
import io.eventwire.sink.document.IndexLayout;
import io.eventwire.sink.files.FileOutput;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents per second through the sink: {@code java … io.eventwire.sink.SinkBenchmark [documents] [offline|files|engine|all] [key=value…]}
 * (see BENCHMARKS.md, "Sink"). Half articles of about 1.6 KB, half sanction events, on the embedded broker;
 * each figure is a whole {@link SinkRunner#drain()} (group join, reading, writing, fsync, commit), plus the
 * mapping-and-writing path alone without Kafka.
 */
public final class SinkBenchmark {

    private SinkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String which = args.length > 1 ? args[1] : "all";
        List<byte[][]> articles = new ArrayList<>();
        List<byte[][]> sanctions = new ArrayList<>();
        for (int i = 0; i < count / 2; i++) {
            articles.add(new byte[][]{("article-" + i).getBytes(StandardCharsets.UTF_8), Json.toBytes(longArticle(i))});
            sanctions.add(new byte[][]{("sanction-" + i).getBytes(StandardCharsets.UTF_8),
                    Json.toBytes(Samples.sanction(i))});
        }
        long bytes = articles.stream().mapToLong(r -> r[1].length).sum() + sanctions.stream().mapToLong(r -> r[1].length)
                .sum();
        System.out.printf("%d documents, %.1f MB of record values%n", count, bytes / 1e6);
        if (!which.equals("engine")) {
            // Three rounds: the first includes the JIT's warm-up, the later ones show the steady state.
            for (int round = 1; round <= 3; round++) {
                offline(articles, sanctions, round);
            }
        }
        if (which.equals("offline")) {
            return;
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Topics topics = new Topics("bench.");
            TopicCreator.createMissing(kafka.bootstrapServers(), topics.all());
            produce(kafka.bootstrapServers(), topics.articles(), articles);
            produce(kafka.bootstrapServers(), topics.sanctions(), sanctions);
            Map<String, String> base = new HashMap<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                    "topic.prefix", topics.prefix()));
            // Further arguments are sink settings, key=value (consumer.max.poll.records=5000, es.batch.documents=…).
            for (int i = 2; i < args.length; i++) {
                String[] pair = args[i].split("=", 2);
                base.put(pair[0], pair[1]);
            }
            if (which.equals("all") || which.equals("files")) {
                Path out = Files.createTempDirectory("sink-bench-");
                Map<String, String> settings = new HashMap<>(base);
                settings.put("out.dir", out.toString());
                settings.put("group.id", "bench-files");
                try {
                    report("files (Kafka -> NDJSON, fsync, commit)", count, settings);
                } finally {
                    Directories.deleteQuietly(out);
                }
            }
            if (which.equals("all") || which.equals("engine")) {
                try (SearchEngine engine = new SearchEngine.InProcessOpenSearch()) {
                    Map<String, String> settings = new HashMap<>(base);
                    settings.put("es.url", engine.url());
                    settings.put("group.id", "bench-engine");
                    report("in-process OpenSearch 2.19 (Kafka -> _bulk, commit)", count, settings);
                }
            }
        }
        System.exit(0);
    }

    private static void report(String what, int count, Map<String, String> settings) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        SinkSummary summary = TestSink.drain(settings);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
        if (summary.totalDocuments() != count) {
            throw new IllegalStateException("expected " + count + " documents, got " + summary);
        }
        // The process CPU includes the in-process broker (and engine) serving the sink: an upper bound of its cost.
        System.out.printf("%-55s %,9d documents in %6.2f s = %,9.0f documents/s (%,.0f per process CPU-second; "
                        + "load average %.1f on %d cores)%n", what, count, seconds, count / seconds, count / cpuSeconds,
                os.getSystemLoadAverage(), os.getAvailableProcessors());
    }

    /** Mapping and file writing alone, records already in memory: the sink's own cost without Kafka. */
    private static void offline(List<byte[][]> articles, List<byte[][]> sanctions, int round) throws Exception {
        Topics topics = Topics.DEFAULT;
        IndexLayout layout = new IndexLayout(topics, "eventwire-", false);
        DocumentMapper mapper = new DocumentMapper(layout, Clock.systemUTC());
        Path out = Files.createTempDirectory("sink-bench-offline-");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try (FileOutput output = new FileOutput(out, layout, 64L * 1024 * 1024, Duration.ofSeconds(30),
                Clock.systemUTC())) {
            write(mapper, output, topics.articles(), articles);
            write(mapper, output, topics.sanctions(), sanctions);
            output.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        Directories.deleteQuietly(out);
        int count = articles.size() + sanctions.size();
        System.out.printf("%-55s %,9d documents in %6.2f s = %,9.0f documents/s (%,.0f per CPU-second)%n",
                "mapping + NDJSON files alone (no Kafka, one thread) #" + round, count, seconds, count / seconds,
                count / cpuSeconds);
    }

    private static void write(DocumentMapper mapper, FileOutput output, String topic, List<byte[][]> records) {
        long offset = 0;
        for (byte[][] record : records) {
            int partition = (int) (offset % 3);
            BulkAction action = mapper.map(topic, partition, offset, record[0], record[1], 0L);
            output.write(new ConsumerRecord<>(topic, partition, offset, record[0], record[1]), action);
            offset++;
        }
    }

    private static void produce(String bootstrap, String topic, List<byte[][]> records) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, "20",
                ProducerConfig.BATCH_SIZE_CONFIG, "262144"), new ByteArraySerializer(), new ByteArraySerializer())) {
            records.forEach(record -> producer.send(new ProducerRecord<>(topic, record[0], record[1])));
        }
    }

    private static Article longArticle(int n) {
        Article article = Samples.article(n);
        String text = (article.text() + " ").repeat(12);
        return new Article(article.schema(), article.id(), article.url(), article.canonicalUrl(), article.source(),
                article.title(), article.author(), article.publishedAt(), article.fetchedAt(), article.language(),
                article.languageConfidence(), text, article.contentHash(), article.simhash(), article.pipelineVersion());
    }
}
