package io.eventwire.ingest;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.ingest.fixture.FixtureServer;
import io.eventwire.testkit.KafkaBackend;
import io.eventwire.testkit.KafkaBackends;
import io.eventwire.testkit.Records;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain runner on a real broker: publish, restart without re-publishing, publish what changed. */
class CrawlRunnerIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventwire.testkit.KafkaBackends#names")
    void restartPublishesNoUnchangedPageAndAChangedOneAgain(String backendName, @TempDir Path dir)
            throws IOException {
        KafkaBackend backend = KafkaBackends.shared(backendName);
        String prefix = "runner-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        Topics topics = new Topics(prefix);
        AtomicReference<String> changing = new AtomicReference<>("first version");
        try (FixtureServer site = FixtureServer.start()) {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                site.text("/story/" + i, "text/html; charset=utf-8",
                        "<html><body><p>story " + i + "</p></body></html>");
                items.append("<item><title>Story ").append(i).append("</title><link>")
                        .append(site.url("/story/" + i)).append("</link></item>");
            }
            site.text("/rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    + "<title>t</title><link>/</link><description>d</description>" + items + "</channel></rss>");
            site.route("/changing", exchange -> FixtureServer.respond(exchange, 200, "text/html",
                    ("<html><body>" + changing.get() + "</body></html>").getBytes(StandardCharsets.UTF_8), Map.of()));
            site.text("/huge", "text/html", "<html><body>" + "z".repeat(40_000) + "</body></html>");
            Files.writeString(dir.resolve("note.md"), "---\ntitle: A note\n---\nText.\n");

            Map<String, String> values = new HashMap<>();
            values.put(CrawlRunner.BOOTSTRAP_SERVERS, backend.bootstrapServers());
            values.put(CrawlRunner.TOPIC_PREFIX, prefix);
            values.put("feeds", site.url("/rss"));
            values.put("seeds", site.url("/changing") + "," + site.url("/huge"));
            values.put("paths", dir.toString());
            values.put(CrawlConfig.ALLOW_PRIVATE_ADDRESSES, "true");
            values.put(CrawlConfig.RATE_PER_HOST, "50");
            values.put(CrawlConfig.MAX_BODY_BYTES, "30000");
            Settings settings = Settings.of(values);

            CrawlSummary first;
            try (CrawlRunner runner = new CrawlRunner(settings)) {
                first = runner.runOnce();
            }
            CrawlSummary second;
            try (CrawlRunner restarted = new CrawlRunner(settings)) {
                second = restarted.runOnce();
            }
            changing.set("second version");
            CrawlSummary third;
            try (CrawlRunner again = new CrawlRunner(settings)) {
                third = again.runOnce();
            }

            assertEquals(7, first.published(), first.toString());
            assertEquals(1, first.deadLettered(), first.toString());
            assertEquals(0, second.published(), "restart re-published nothing: " + second);
            assertEquals(7, second.unchanged(), second.toString());
            assertEquals(1, third.published(), third.toString());

            List<ConsumerRecord<byte[], byte[]>> raw = Records.readCommitted(backend.bootstrapServers(),
                    topics.raw(), 8, Duration.ofSeconds(30));
            assertEquals(8, raw.size(), "7 pages, then the changed one");
            Set<String> keys = raw.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8))
                    .collect(Collectors.toSet());
            assertEquals(7, keys.size());
            RawArticle last = Json.fromBytes(raw.stream()
                    .filter(r -> new String(r.key(), StandardCharsets.UTF_8).endsWith("/changing"))
                    .reduce((a, b) -> b.offset() > a.offset() ? b : a).orElseThrow().value(), RawArticle.class);
            assertTrue(last.body().contains("second version"));

            List<ConsumerRecord<byte[], byte[]>> dlq = Records.readCommitted(backend.bootstrapServers(),
                    topics.deadLetters(), 1, Duration.ofSeconds(30));
            assertTrue(dlq.size() >= 1, "the oversize page is a dead letter");
            DeadLetter letter = Json.fromBytes(dlq.get(0).value(), DeadLetter.class);
            assertEquals("crawl", letter.stage());
            assertEquals(site.url("/huge"), letter.originalKey());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventwire.testkit.KafkaBackends#names")
    void feedsArePolledOnTheirOwnInterval(String backendName) {
        KafkaBackend backend = KafkaBackends.shared(backendName);
        String prefix = "poll-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        try (FixtureServer site = FixtureServer.start()) {
            site.text("/fast", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    + "<title>t</title><link>/</link><description>d</description></channel></rss>");
            site.text("/slow", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                    + "<title>t</title><link>/</link><description>d</description></channel></rss>");
            Settings settings = Settings.of(Map.of(
                    CrawlRunner.BOOTSTRAP_SERVERS, backend.bootstrapServers(),
                    CrawlRunner.TOPIC_PREFIX, prefix,
                    "sources", "feed:" + site.url("/fast") + " interval=1s\nfeed:" + site.url("/slow"),
                    CrawlConfig.POLL_INTERVAL, "1h",
                    CrawlConfig.ALLOW_PRIVATE_ADDRESSES, "true",
                    CrawlConfig.RATE_PER_HOST, "50"));
            try (CrawlRunner runner = new CrawlRunner(settings)) {
                runner.runContinuously(() -> site.count("/fast") >= 3);
            }
            assertEquals(1, site.count("/slow"), "the hourly feed was polled once");
            assertTrue(site.count("/fast") >= 3, "the one-second feed was polled again and again");
        }
    }
}
