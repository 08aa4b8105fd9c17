package io.eventwire.cli.faults;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.sink.files.FolderCompactor;
import io.eventwire.testkit.KafkaBackend;
import io.eventwire.testkit.KafkaBackends;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code eventwire sink} (files mode) in a child JVM, SIGKILLed at random points while it writes, also in the
 * middle of a segment, and started again: no partial file is ever left as a bulk file, and the folder holds
 * every {@code _id} exactly once. (FilesModeIT covers the narrower crash between rename and commit in process.)
 */
class SinkCrashIT {

    private static final int ARTICLES = Integer.getInteger("eventwire.sinkcrash.articles", 3_000);
    private static final int KILLS = 5;

    @Test
    void aSinkKilledMidBatchLeavesNoPartialFileAndNoMissingOrDoubledId(@TempDir Path dir) throws Exception {
        KafkaBackend kafka = KafkaBackends.shared("embedded");
        Topics topics = new Topics("sink-crash-it.");
        TopicCreator.createMissing(kafka.bootstrapServers(), topics.all());
        Path out = dir.resolve("out");
        Path articles = out.resolve("eventwire-articles");
        Path config = dir.resolve("sink.properties");
        // Small segments, so that kills land in the middle of writing one as well as between them.
        // A killed consumer is noticed after 6 s instead of the default 45 s, so each restart costs seconds.
        Files.writeString(config, "files.max.bytes=20000\nfiles.max.age.ms=500\n"
                + "consumer.session.timeout.ms=6000\nconsumer.heartbeat.interval.ms=1500\n");
        List<String> args = List.of("sink", "--bootstrap-servers", kafka.bootstrapServers(), "--topic-prefix",
                topics.prefix(), "--out", out.toString(), "--group-id", "sink-crash-it", "--config", config.toString());

        Random random = new Random(5);
        List<String> kills = new ArrayList<>();
        int midSegment = 0;
        // Articles keep arriving while the sink is killed and restarted, as they would from the processor.
        CompletableFuture<Void> producing = CompletableFuture.runAsync(() -> produce(kafka.bootstrapServers(),
                topics.articles()));
        try (ChildProcessor sink = new ChildProcessor(args, Path.of("target", "faults", "sink-crash"))) {
            sink.start();
            for (int kill = 1; kill <= KILLS; kill++) {
                // After this incarnation has sealed a segment of its own (it is past start-up and consuming),
                // at a random moment: usually while the next segment is half written.
                long floor = ids(articles);
                await(() -> ids(articles) > floor || ids(articles) >= ARTICLES, sink);
                Thread.sleep(random.nextInt(600));
                sink.kill();
                long unfinished = temps(articles);
                midSegment += unfinished > 0 ? 1 : 0;
                kills.add("kill at " + ids(articles) + " ids on disk, " + unfinished + " unfinished file(s)");
                sink.start();
            }
            producing.get(5, TimeUnit.MINUTES);
            await(() -> ids(articles) >= ARTICLES, sink);
            sink.close();
        }
        FolderCompactor.Report report = FolderCompactor.inspect(articles);
        String summary = "articles " + ARTICLES + ", kills " + kills + ", files " + report.files() + ", actions "
                + report.actions() + ", ids " + report.distinctIds() + ", unfinished files left " + temps(articles);
        System.out.println("SinkCrashIT: " + summary);
        Files.writeString(Path.of("target", "faults", "sink-crash", "summary.txt"), summary + "\n");
        assertEquals(KILLS, kills.size());
        assertTrue(midSegment > 0, "at least one kill hit a half-written segment: " + summary);
        assertEquals(ARTICLES, report.distinctIds(), "every _id on disk: " + summary);
        assertEquals(ARTICLES, report.actions(), "no _id written twice: " + summary);
        assertEquals(0, temps(articles), "no partial file left once the sink stopped: " + summary);
        assertTrue(report.files() > KILLS, "many segments were written: " + summary);
    }

    private static long ids(Path folder) {
        return Files.isDirectory(folder) ? FolderCompactor.inspect(folder).distinctIds() : 0;
    }

    private static long temps(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Check check, ChildProcessor sink) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!check.holds()) {
            if (!sink.isAlive()) {
                throw new AssertionError("the sink JVM exited by itself; see " + sink.logDir());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the sink made no progress within 5 minutes; see " + sink.logDir());
            }
            Thread.sleep(50);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void produce(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < ARTICLES; i++) {
                if (i % 100 == 99) {
                    producer.flush();
                    sleepQuietly(700);
                }
                String url = "https://sink.example/" + i;
                String id = Ids.articleId(url);
                Article article = new Article(Article.SCHEMA, id, url, url, "sink.example", "Story " + i, null,
                        "2024-05-06T08:00:00Z", "2024-05-06T09:00:00Z", "en", 0.99,
                        "Text of story " + i + ". It says a few things about the harbour.", Ids.sha256("t" + i),
                        0L, "normalize/1");
                producer.send(new ProducerRecord<>(topic, id, Json.toBytes(article)));
            }
        }
    }
}
