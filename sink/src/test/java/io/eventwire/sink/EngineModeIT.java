package io.eventwire.sink;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.serde.Json;
import io.eventwire.testkit.KafkaBackends;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.eventwire.sink.TestSink.drain;
import static io.eventwire.sink.TestSink.with;
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
        Map<String, String> engineMode = with(topics.sinkSettings("unused"), "es.url", engine.url(),
                "index.prefix", indexPrefix, "es.batch.documents", "50", "es.batch.linger.ms", "100",
                "es.retry.initial.ms", "100", "es.retry.max.ms", "1000", "es.request.timeout.ms", "5000");
        return with(engineMode, pairs);
    }

    private static String indexPrefix(String test) {
        return test + "-" + PREFIXES.incrementAndGet() + "-";
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
            t.sendEveryKind(100);
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
            t.sendSanctions(0, 10);
            // confidence is a float in the template: the engine refuses this one document of the batch.
            t.send(t.topics.sanctions(), "sanction-bad",
                    Json.toJson(Samples.sanction(99)).replace("\"confidence\":0.9", "\"confidence\":\"very high\""));
            t.sendSanctions(10, 20);
            t.flush();
            String prefix = indexPrefix("refused");

            SinkSummary summary = drain(settings(t, engine, prefix));

            assertEquals(20, summary.documents(prefix + "sanctions"));
            assertEquals(1, summary.deadLetters());
            assertEquals(20, count(engine, prefix + "sanctions"));
            List<DeadLetter> letters = t.readDeadLetters(1);
            assertEquals(1, letters.size());
            DeadLetter letter = letters.get(0);
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
            t.sendArticles(0, 200);
            t.flush();
            try (SinkRunner sink = new SinkRunner(Settings.of(settings(t, engine, prefix, "es.batch.documents", "20")))) {
                CompletableFuture<SinkSummary> running = CompletableFuture.supplyAsync(sink::run);
                try {
                    await(() -> count(engine, index) >= 200, Duration.ofSeconds(60));

                    engine.down();
                    t.sendArticles(200, 400);
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
