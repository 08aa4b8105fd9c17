package io.eventwire.sink;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.serde.Json;
import io.eventwire.testkit.KafkaBackends;
import io.eventwire.testkit.Records;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search-engine mode against a real engine: index and search back, a replay, a document the engine refuses, the
 * engine going away and coming back under a running sink.
 */
class EngineModeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger PREFIXES = new AtomicInteger();

    private static Map<String, String> settings(TestTopics topics, SearchEngine engine, String indexPrefix,
                                                String... pairs) {
        Map<String, String> out = new HashMap<>(topics.sinkSettings("unused"));
        out.put("es.url", engine.url());
        out.put("index.prefix", indexPrefix);
        out.put("es.batch.documents", "50");
        out.put("es.batch.linger.ms", "100");
        out.put("es.retry.initial.ms", "100");
        out.put("es.retry.max.ms", "1000");
        out.put("es.request.timeout.ms", "5000");
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static String indexPrefix(String test) {
        return test + "-" + PREFIXES.incrementAndGet() + "-";
    }

    private static SinkSummary drain(Map<String, String> settings) {
        try (SinkRunner sink = new SinkRunner(Settings.of(settings))) {
            return sink.drain();
        }
    }

    private static JsonNode call(SearchEngine engine, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(engine.url() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        try {
            return Json.MAPPER.readTree(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()).body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long count(SearchEngine engine, String index) {
        call(engine, "POST", "/" + index + "/_refresh", null);
        return call(engine, "GET", "/" + index + "/_count", null).path("count").asLong(-1);
    }

    private static long hits(SearchEngine engine, String index, String field, String text) {
        String query = "{\"size\":0,\"track_total_hits\":true,\"query\":{\"match_phrase\":{\"" + field + "\":"
                + Json.toJson(text) + "}}}";
        return call(engine, "POST", "/" + index + "/_search", query).path("hits").path("total").path("value").asLong();
    }

    private static long distinctIds(SearchEngine engine, String index) {
        String query = "{\"size\":0,\"aggs\":{\"ids\":{\"cardinality\":{\"field\":\"id\",\"precision_threshold\":40000}}}}";
        return call(engine, "POST", "/" + index + "/_search", query).path("aggregations").path("ids").path("value")
                .asLong();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventwire.sink.SearchEngine#names")
    void recordsAreIndexedSearchableAndAReplayDoublesNothing(String engineName) {
        SearchEngine engine = SearchEngine.shared(engineName);
        try (TestTopics t = new TestTopics(KafkaBackends.shared("embedded").bootstrapServers(), "engine")) {
            for (int i = 0; i < 100; i++) {
                t.send(t.topics.articles(), "article-" + i, Samples.article(i));
            }
            for (int i = 0; i < 20; i++) {
                t.send(t.topics.sanctions(), "sanction-" + i, Samples.sanction(i));
            }
            for (int i = 0; i < 10; i++) {
                t.send(t.topics.market(), "market-" + i, Samples.market(i));
            }
            for (int i = 0; i < 5; i++) {
                t.send(t.topics.consolidated(), "key-" + i, Samples.consolidated(i));
            }
            t.send(t.topics.sanctions(), "sanction-3", null);
            t.flush();
            String prefix = indexPrefix("search");
            Map<String, String> settings = settings(t, engine, prefix);

            SinkSummary first = drain(settings);

            assertEquals(100, first.documents(prefix + "articles"));
            assertEquals(100, count(engine, prefix + "articles"));
            assertEquals(19, count(engine, prefix + "sanctions"), "the tombstone deleted one");
            assertEquals(10, count(engine, prefix + "market"));
            assertEquals(5, count(engine, prefix + "consolidated"));
            assertEquals(50, hits(engine, prefix + "articles", "text.cjk", "实体清单"), "Chinese text, cjk analyzer");
            assertEquals(50, hits(engine, prefix + "articles", "text.en", "entity lists"), "English stemming");
            JsonNode mapping = call(engine, "GET", "/" + prefix + "articles/_mapping", null)
                    .path(prefix + "articles").path("mappings").path("properties");
            assertEquals("cjk", mapping.path("title").path("fields").path("cjk").path("analyzer").asText());
            assertEquals("date", mapping.path("@timestamp").path("type").asText());
            String nested = "{\"query\":{\"nested\":{\"path\":\"amounts\",\"query\":{\"bool\":{\"must\":["
                    + "{\"term\":{\"amounts.currency\":\"CNY\"}},{\"range\":{\"amounts.value\":{\"gte\":3.6e11}}}]}}}}}";
            assertEquals(10, call(engine, "POST", "/" + prefix + "market/_count", nested).path("count").asLong());

            SinkSummary replay = drain(settings(t, engine, prefix, "from.beginning", "true"));

            assertEquals(100, replay.documents(prefix + "articles"));
            assertEquals(100, count(engine, prefix + "articles"), "same ids overwritten, nothing added");
            assertEquals(100, distinctIds(engine, prefix + "articles"));
            assertEquals(19, count(engine, prefix + "sanctions"));
            assertEquals(2, call(engine, "GET", "/" + prefix + "articles/_doc/article-7", null).path("_version")
                    .asInt(), "the replay overwrote the document");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventwire.sink.SearchEngine#names")
    void aDocumentTheEngineRefusesBecomesADeadLetterAndTheSinkGoesOn(String engineName) {
        SearchEngine engine = SearchEngine.shared(engineName);
        try (TestTopics t = new TestTopics(KafkaBackends.shared("embedded").bootstrapServers(), "refused")) {
            for (int i = 0; i < 10; i++) {
                t.send(t.topics.sanctions(), "sanction-" + i, Samples.sanction(i));
            }
            // confidence is a float in the template: the engine refuses this one document of the batch.
            t.send(t.topics.sanctions(), "sanction-bad",
                    Json.toJson(Samples.sanction(99)).replace("\"confidence\":0.9", "\"confidence\":\"very high\""));
            for (int i = 10; i < 20; i++) {
                t.send(t.topics.sanctions(), "sanction-" + i, Samples.sanction(i));
            }
            t.flush();
            String prefix = indexPrefix("refused");

            SinkSummary summary = drain(settings(t, engine, prefix));

            assertEquals(20, summary.documents(prefix + "sanctions"));
            assertEquals(1, summary.deadLetters());
            assertEquals(20, count(engine, prefix + "sanctions"));
            List<ConsumerRecord<byte[], byte[]>> letters = Records.readCommitted(t.bootstrapServers,
                    t.topics.deadLetters(), 1, Duration.ofSeconds(10));
            assertEquals(1, letters.size());
            DeadLetter letter = Json.fromBytes(letters.get(0).value(), DeadLetter.class);
            assertEquals("index", letter.stage());
            assertEquals("sanction-bad", letter.originalKey());
            assertEquals(t.topics.sanctions(), letter.sourceTopic());
            assertTrue(letter.errorClass().endsWith("parsing_exception"), letter.errorClass());
            assertTrue(letter.errorMessage().contains("confidence"), letter.errorMessage());

            SinkSummary errors = drain(settings(t, engine, prefix, "include.dlq", "true"));
            assertEquals(1, errors.documents(prefix + "errors"), "with include.dlq the dead letter is searchable");
            assertEquals(1, count(engine, prefix + "errors"));
        }
    }

    /** How long the engine stays down: a few seconds in CI, 30 s in the soak profile (RELIABILITY.md). */
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("eventwire.sink.outage-seconds", 3));

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventwire.sink.SearchEngine#names")
    void theEngineGoingDownAndComingBackMidRunLosesNothing(String engineName) throws Exception {
        SearchEngine engine = SearchEngine.shared(engineName);
        try (TestTopics t = new TestTopics(KafkaBackends.shared("embedded").bootstrapServers(), "outage")) {
            String prefix = indexPrefix("outage");
            String index = prefix + "articles";
            for (int i = 0; i < 200; i++) {
                t.send(t.topics.articles(), "article-" + i, Samples.article(i));
            }
            t.flush();
            try (SinkRunner sink = new SinkRunner(Settings.of(settings(t, engine, prefix, "es.batch.documents", "20")))) {
                CompletableFuture<SinkSummary> running = CompletableFuture.supplyAsync(sink::run);
                try {
                    await(() -> count(engine, index) >= 200, Duration.ofSeconds(60));

                    engine.down();
                    for (int i = 200; i < 400; i++) {
                        t.send(t.topics.articles(), "article-" + i, Samples.article(i));
                    }
                    t.flush();
                    Thread.sleep(OUTAGE.toMillis());
                    engine.up();

                    await(() -> count(engine, index) == 400, Duration.ofSeconds(120));
                } finally {
                    sink.stop();
                }
                assertEquals(400, running.get(60, TimeUnit.SECONDS).documents(index));
            }
            assertEquals(400, count(engine, index));
            assertEquals(400, distinctIds(engine, index));
        }
    }

    private interface Condition {
        boolean holds();
    }

    private static void await(Condition condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (RuntimeException engineNotReadyYet) {
                // the engine is coming back; ask again
            }
            Thread.sleep(250);
        }
        throw new AssertionError("condition not met within " + timeout);
    }
}
