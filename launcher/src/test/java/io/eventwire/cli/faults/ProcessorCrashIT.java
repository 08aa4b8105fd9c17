package io.eventwire.cli.faults;

import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The processor killed with SIGKILL at random points of a run and restarted each time on the same state
 * directory and application id; afterwards a {@code read_committed} reader finds every input exactly once
 * in news.articles, news.duplicates or news.dlq, and every event id exactly once.
 *
 * <p>CI size: {@code eventwire.crash.articles} (default 2,000) and {@code eventwire.crash.kills} (default 5
 * progress-gated kills, plus one during start-up); the soak profile runs 20,000 articles and 8 kills.
 */
class ProcessorCrashIT {

    private static final int ARTICLES = Integer.getInteger("eventwire.crash.articles", 2_000);
    private static final int KILLS = Integer.getInteger("eventwire.crash.kills", 5);
    private static final long SEED = Long.getLong("eventwire.crash.seed", 42L);
    /** Bounded waits: generous for a loaded 2-core machine; reaching one fails with what was seen. */
    private static final Duration PROGRESS_WAIT = Duration.ofMinutes(10);
    private static final Duration FINISH_WAIT = Duration.ofMinutes(20);

    @Test
    void everyInputOnceAndEveryEventIdOnceAfterRepeatedSigkills(@TempDir Path dir) throws Exception {
        KafkaBackend kafka = KafkaBackends.shared("embedded");
        Topics topics = new Topics("crash-it-" + ARTICLES + ".");
        TopicCreator.createMissing(kafka.bootstrapServers(), topics.all());
        List<Corpus.Input> corpus = Corpus.generate(ARTICLES, SEED);
        produce(kafka.bootstrapServers(), topics.raw(), corpus);

        Path config = dir.resolve("processor.properties");
        // A killed member is noticed after a short session timeout instead of the default 45 s, so that each
        // restart costs seconds; nothing else is tuned.
        Files.writeString(config, "kafka.session.timeout.ms=6000\nkafka.heartbeat.interval.ms=1500\n");
        Random random = new Random(SEED);
        long started = System.nanoTime();
        List<String> killLog = new ArrayList<>();
        try (ChildProcessor processor = new ChildProcessor(kafka.bootstrapServers(), topics.prefix(),
                "crash-it-" + ARTICLES, dir.resolve("state"), config, Path.of("target", "faults", "crash"));
             CommittedTally tally = new CommittedTally(kafka.bootstrapServers(), topics)) {
            processor.start();
            for (int kill = 1; kill <= KILLS; kill++) {
                // Spread over the run with jitter, and always after this incarnation made progress of its own.
                double fraction = (kill + (random.nextDouble() - 0.5) * 0.6) / (KILLS + 1);
                int threshold = Math.max(tally.inputsSeen() + 1, (int) (ARTICLES * fraction));
                awaitProgress(tally, processor, threshold);
                Thread.sleep(random.nextInt(1_500));
                processor.kill();
                killLog.add("kill " + kill + " at " + tally.inputsSeen() + " committed inputs");
                processor.start();
                if (kill == 2) {
                    // One more kill while the restarted instance is still joining, restoring or fencing.
                    Thread.sleep(1_000 + random.nextInt(3_000));
                    processor.kill();
                    killLog.add("kill during start-up at " + tally.inputsSeen() + " committed inputs");
                    processor.start();
                }
            }
            awaitProgress(tally, processor, ARTICLES, FINISH_WAIT);
            processor.close();
            tally.readToEnd(Duration.ofMinutes(5));

            int lost = 0;
            int doubled = 0;
            List<String> examples = new ArrayList<>();
            for (Corpus.Input input : corpus) {
                int seen = tally.timesSeen(input.articleId());
                if (seen != 1 && examples.size() < 10) {
                    examples.add(input.url() + " seen " + seen + " times");
                }
                lost += seen == 0 ? 1 : 0;
                doubled += seen > 1 ? 1 : 0;
            }
            long doubledEvents = tally.eventIds().values().stream().filter(count -> count > 1).count();
            String summary = "articles " + ARTICLES + ", kills " + killLog.size() + " " + killLog + ", starts "
                    + processor.starts() + ", lost " + lost + ", doubled " + doubled + ", event ids "
                    + tally.eventIds().size() + " (doubled " + doubledEvents + "), records per topic "
                    + tally.perTopic() + ", later-stage dead letters " + tally.laterDeadLetters().size()
                    + ", took " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s";
            System.out.println("ProcessorCrashIT: " + summary);
            Files.writeString(processor.logDir().resolve("summary.txt"), summary + "\n");

            assertTrue(killLog.size() >= 5, "at least five kills during the run: " + killLog);
            assertEquals(0, lost, "inputs lost: " + examples);
            assertEquals(0, doubled, "inputs doubled: " + examples);
            assertTrue(tally.eventIds().size() > 0, "the corpus has event sentences; events expected");
            assertEquals(0, doubledEvents, "event ids seen more than once");
            assertEquals(List.of(), tally.laterDeadLetters(), "no accepted article failed in a later step");
        }
    }

    private static void awaitProgress(CommittedTally tally, ChildProcessor processor, int inputs)
            throws InterruptedException {
        awaitProgress(tally, processor, inputs, PROGRESS_WAIT);
    }

    private static void awaitProgress(CommittedTally tally, ChildProcessor processor, int inputs, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (tally.inputsSeen() < inputs) {
            if (!processor.isAlive()) {
                throw new AssertionError("the processor JVM exited by itself; see " + processor.logDir());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + tally.inputsSeen() + " of " + inputs + " inputs committed after "
                        + timeout + "; see " + processor.logDir());
            }
            tally.poll();
        }
    }

    private static void produce(String bootstrapServers, String topic, List<Corpus.Input> corpus) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            corpus.forEach(input -> producer.send(new ProducerRecord<>(topic, input.url(), input.value())));
        }
    }

}
