package io.eventwire.ingest.connect;

import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.ingest.CrawlConfig;
import io.eventwire.ingest.CrawlRunner;
import io.eventwire.ingest.fixture.FixtureServer;
import io.eventwire.testkit.KafkaBackend;
import io.eventwire.testkit.KafkaBackends;
import io.eventwire.testkit.Records;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.Herder;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connector in a real Connect worker (standalone herder, file-backed offsets) in this JVM: it publishes
 * the fixture site, and after a worker restart it publishes no unchanged page again, but a changed one.
 */
class ConnectWorkerIT {

    private static final int PAGES = 6;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventwire.testkit.KafkaBackends#names")
    void workerRestartRepublishesNothingUnchanged(String backendName, @TempDir Path dir) throws Exception {
        KafkaBackend backend = KafkaBackends.shared(backendName);
        String prefix = "connect-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Topics topics = new Topics(prefix);
        Set<String> mine = Set.of(topics.raw(), topics.deadLetters());
        TopicCreator.createMissing(backend.bootstrapServers(),
                topics.all().stream().filter(spec -> mine.contains(spec.name())).toList());
        AtomicReference<String> changing = new AtomicReference<>("first version");

        try (FixtureServer site = FixtureServer.start(); FixtureServer other = FixtureServer.start()) {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < PAGES; i++) {
                site.text("/story/" + i, "text/html", "<html><body>story " + i + "</body></html>");
                items.append("<item><title>S").append(i).append("</title><link>").append(site.url("/story/" + i))
                        .append("</link></item>");
            }
            site.text("/rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    + "<title>t</title><link>/</link><description>d</description>" + items + "</channel></rss>");
            other.route("/changing", exchange -> FixtureServer.respond(exchange, 200, "text/html",
                    ("<html><body>" + changing.get() + "</body></html>").getBytes(StandardCharsets.UTF_8), Map.of()));

            Map<String, String> connector = new HashMap<>();
            connector.put("name", "crawler");
            connector.put("connector.class", CrawlSourceConnector.class.getName());
            connector.put("tasks.max", "2");
            connector.put("feeds", site.url("/rss"));
            connector.put("seeds", other.url("/changing"));
            connector.put(CrawlRunner.TOPIC_PREFIX, prefix);
            connector.put(CrawlConfig.ALLOW_PRIVATE_ADDRESSES, "true");
            connector.put(CrawlConfig.RATE_PER_HOST, "50");
            connector.put(CrawlConfig.POLL_INTERVAL, "1h");

            Path offsets = dir.resolve("connect.offsets");
            runWorker(backend, offsets, connector, () -> site.count("/story/" + (PAGES - 1)) >= 1
                    && other.count("/changing") >= 1);
            long afterFirst = total(backend, topics.raw());

            runWorker(backend, offsets, connector, () -> site.count("/story/" + (PAGES - 1)) >= 2
                    && other.count("/changing") >= 2);
            long afterRestart = total(backend, topics.raw());

            changing.set("second version");
            runWorker(backend, offsets, connector, () -> other.count("/changing") >= 3);
            long afterChange = total(backend, topics.raw());

            assertEquals(PAGES + 1, afterFirst, "every page published once");
            assertEquals(afterFirst, afterRestart, "the restarted worker re-published nothing");
            assertEquals(afterFirst + 1, afterChange, "the changed page, and only it, published again");

            List<ConsumerRecord<byte[], byte[]>> records = Records.readCommitted(backend.bootstrapServers(),
                    topics.raw(), PAGES + 2, Duration.ofSeconds(30));
            Set<String> keys = records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8))
                    .collect(Collectors.toSet());
            assertEquals(PAGES + 1, keys.size());
            RawArticle article = Json.fromBytes(records.get(0).value(), RawArticle.class);
            assertEquals(RawArticle.SCHEMA, article.schema(), "the value is the RawArticle JSON, unchanged");
        }
    }

    /** Starts a worker with the connector, waits until {@code crawled}, lets it settle, stops it. */
    private static void runWorker(KafkaBackend backend, Path offsets, Map<String, String> connector,
                                  BooleanSupplier crawled) throws Exception {
        Map<String, String> worker = new HashMap<>();
        worker.put("bootstrap.servers", backend.bootstrapServers());
        worker.put("offset.storage.file.filename", offsets.toString());
        worker.put("offset.flush.interval.ms", "500");
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("listeners", "http://127.0.0.1:0");
        worker.put("plugin.discovery", "service_load");
        worker.put("producer.max.request.size", Integer.toString(16 * 1024 * 1024));
        worker.put("producer.compression.type", "zstd");
        Connect<StandaloneHerder> connect = new ConnectStandalone().startConnect(worker);
        try {
            FutureCallback<Herder.Created<ConnectorInfo>> created = new FutureCallback<>();
            connect.herder().putConnectorConfig(connector.get("name"), connector, true, created);
            created.get(60, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!crawled.getAsBoolean()) {
                assertTrue(System.nanoTime() < deadline, "the connector did not crawl within 60 s");
                Thread.sleep(100);
            }
            // Time for the last records to be polled, written and their offsets flushed.
            Thread.sleep(3_000);
        } finally {
            connect.stop();
            connect.awaitStop();
        }
    }

    private static long total(KafkaBackend backend, String topic) {
        Map<TopicPartition, Long> ends = Records.endOffsets(backend.bootstrapServers(), topic);
        return ends.values().stream().mapToLong(Long::longValue).sum();
    }
}
