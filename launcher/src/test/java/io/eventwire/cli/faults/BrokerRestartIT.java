package io.eventwire.cli.faults;

import io.eventwire.broker.EmbeddedKafka;
import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.ingest.CrawlRunner;
import io.eventwire.processor.topology.PipelineSteps;
import io.eventwire.processor.topology.PipelineTopology;
import io.eventwire.processor.topology.ProcessorRunner;
import io.eventwire.processor.topology.ProcessorSettings;
import io.eventwire.sink.SinkRunner;
import io.eventwire.sink.files.FolderCompactor;
import io.eventwire.testkit.Records;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded broker stopped and started again on the same log directory in the middle of a run, with the
 * crawler (polling a folder), the processor and the files sink all running: none of them is restarted by
 * the test, each recovers by itself, and nothing is lost or doubled end to end.
 */
class BrokerRestartIT {

    private static final int BEFORE = Integer.getInteger("eventwire.restart.articles", 150);
    private static final int DURING = BEFORE;
    private static final Duration DOWN = Duration.ofSeconds(Long.getLong("eventwire.restart.down-seconds", 15));

    @Test
    void crawlerProcessorAndSinkRecoverFromABrokerRestartAndLoseNothing(@TempDir Path dir) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path out = dir.resolve("sink");
        Random random = new Random(11);
        write(site, 0, BEFORE, random);

        Topics topics = new Topics("restart-it.");
        try (EmbeddedKafka broker = EmbeddedKafka.start()) {
            String bootstrap = broker.bootstrapServers();
            TopicCreator.createMissing(bootstrap, topics.all());
            Map<String, String> common = Map.of("bootstrap.servers", bootstrap, "topic.prefix", topics.prefix());

            Map<String, String> crawl = new HashMap<>(common);
            crawl.put("paths", site.toString());
            crawl.put("poll.interval", "2s");
            ProcessorSettings processorSettings = new ProcessorSettings(Settings.of(with(common,
                    "application.id", "restart-it", "state.dir", dir.resolve("state").toString())));
            Map<String, String> sinkSettings = with(common, "out.dir", out.toString(), "group.id", "restart-it-sink",
                    "files.max.age.ms", "1000");

            try (CrawlRunner crawler = new CrawlRunner(Settings.of(crawl));
                 ProcessorRunner processor = new ProcessorRunner(processorSettings,
                         PipelineTopology.build(topics, PipelineSteps.from(processorSettings)));
                 SinkRunner sink = new SinkRunner(Settings.of(sinkSettings))) {
                CompletableFuture<?> crawling = CompletableFuture.runAsync(() -> crawler.runContinuously(() -> false));
                processor.start();
                CompletableFuture<?> sinking = CompletableFuture.runAsync(sink::run);

                Path articles = out.resolve("eventwire-articles");
                await(() -> idsInFolder(articles) >= BEFORE / 3, Duration.ofMinutes(5),
                        "the sink wrote part of the first batch");
                broker.stop();
                // Work arrives while the broker is down: the crawler must publish it once the broker is back.
                write(site, BEFORE, DURING, random);
                Thread.sleep(DOWN.toMillis());
                broker.restart();

                int total = BEFORE + DURING;
                await(() -> rawKeys(bootstrap, topics, total).size() >= total, Duration.ofMinutes(5),
                        "the crawler published both batches");
                processor.awaitIdle(Duration.ofSeconds(5), Duration.ofMinutes(10));
                Set<String> articleIds = keys(bootstrap, topics.articles(), 1);
                await(() -> idsInFolder(articles) >= articleIds.size(), Duration.ofMinutes(5),
                        "the sink caught up with news.articles");
                crawler.stop();
                sink.stop();
                crawling.get(60, TimeUnit.SECONDS);
                sinking.get(60, TimeUnit.SECONDS);

                List<String> raw = rawKeys(bootstrap, topics, total);
                assertEquals(total, raw.size(), "news.raw holds each file once (crawler: none lost, none doubled)");
                assertEquals(total, new HashSet<>(raw).size());
                Map<String, Integer> seen = new HashMap<>();
                for (String topic : List.of(topics.articles(), topics.duplicates())) {
                    readCommitted(bootstrap, topic, 1).forEach(record -> seen.merge(key(record), 1, Integer::sum));
                }
                long lost = raw.stream().filter(url -> !seen.containsKey(Ids.articleId(url))).count();
                long doubled = seen.values().stream().filter(count -> count > 1).count();
                FolderCompactor.Report files = FolderCompactor.inspect(articles);
                String summary = "inputs " + total + " (broker down " + DOWN.toSeconds() + " s), raw " + raw.size()
                        + ", processed " + seen.size() + ", lost " + lost + ", doubled " + doubled + ", articles "
                        + articleIds.size() + ", sink actions " + files.actions() + ", sink ids " + files.distinctIds();
                System.out.println("BrokerRestartIT: " + summary);
                Files.createDirectories(Path.of("target", "faults"));
                Files.writeString(Path.of("target", "faults", "broker-restart-summary.txt"), summary + "\n");
                assertEquals(0, lost, "processor lost inputs: " + summary);
                assertEquals(0, doubled, "processor doubled inputs: " + summary);
                assertEquals(total, seen.size(), summary);
                assertEquals(articleIds.size(), files.distinctIds(), "sink: every article id on disk; " + summary);
                assertEquals(articleIds.size(), files.actions(), "sink: no id written twice; " + summary);
            }
        }
    }

    private static void write(Path site, int from, int count, Random random) throws Exception {
        for (int i = from; i < from + count; i++) {
            // Written to a hidden name first, then renamed: the crawler never reads a half-written file.
            Path tmp = site.resolve(".story-" + i + ".html");
            Files.writeString(tmp, Corpus.story(random, i, i % 4 == 0));
            Files.move(tmp, site.resolve("story-" + i + ".html"));
        }
    }

    private static long idsInFolder(Path folder) {
        return Files.isDirectory(folder) ? FolderCompactor.inspect(folder).distinctIds() : 0;
    }

    private static List<String> rawKeys(String bootstrap, Topics topics, int expected) {
        return readCommitted(bootstrap, topics.raw(), expected).stream().map(BrokerRestartIT::key).toList();
    }

    private static Set<String> keys(String bootstrap, String topic, int expected) {
        Set<String> keys = new HashSet<>();
        readCommitted(bootstrap, topic, expected).forEach(record -> keys.add(key(record)));
        return keys;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readCommitted(String bootstrap, String topic, int expected) {
        return Records.readCommitted(bootstrap, topic, expected, Duration.ofSeconds(20));
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return new String(record.key(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> all = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            all.put(pairs[i], pairs[i + 1]);
        }
        return all;
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(500);
        }
    }
}
