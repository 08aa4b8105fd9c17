package io.eventwire.processor.topology;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.TopicSpec;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.testkit.KafkaBackend;
import io.eventwire.testkit.KafkaBackends;
import io.eventwire.testkit.RecordSchemas;
import io.eventwire.testkit.Records;
import io.eventwire.testkit.TestInput;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole topology with exactly-once on a real broker: good, bad and duplicate input. */
class PipelineIT {

    private static final String STORY = """
            <html><head><title>Chipmaker shares slide after export curbs</title>
            <meta property="article:published_time" content="2020-12-21T08:00:00Z"></head>
            <body><nav>Home | Markets | Tech</nav><article>
            <p>The U.S. Commerce Department added SMIC to the Entity List on Friday, restricting its access to
            American chipmaking tools, officials said in a statement.</p>
            <p>Shares of SMIC fell 5.2% in Hong Kong on Monday as investors weighed the impact of the decision on
            the company's expansion plans and its customers.</p>
            <p>Analysts said the company had stockpiled equipment in anticipation of the measure, but warned that
            advanced production lines would be hard to keep running without new parts.</p>
            </article><footer>Share this article. Sign up for our newsletter.</footer></body></html>
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventwire.testkit.KafkaBackends#names")
    void goodBadAndDuplicateInputEachEndWhereTheyBelong(String backendName, @TempDir Path stateDir)
            throws Exception {
        KafkaBackend kafka = KafkaBackends.shared(backendName);
        Topics topics = new Topics("pipeline-it.");
        ProcessorSettings settings = TestProcessors.settings(kafka, topics, "pipeline-it", stateDir);
        // One raw partition keeps the order the records are sent in: which copy of the story is "first" (and
        // so the article) is then the original, as the assertions expect. Across partitions it is whichever
        // reaches the dedup task first.
        List<TopicSpec> specs = new ArrayList<>(topics.all());
        specs.set(0, specs.get(0).withPartitions(1));
        TopicCreator.createMissing(kafka.bootstrapServers(), specs);

        byte[] notJson = "<html>not a RawArticle</html>".getBytes(StandardCharsets.UTF_8);
        TestInput.send(kafka.bootstrapServers(), topics.raw(), List.of(
                raw("https://news.example/smic", STORY),
                Map.entry("https://news.example/broken", notJson),
                raw("https://mirror.example/smic-copy", STORY.replace("Home | Markets | Tech", "Mirror")),
                raw("https://news.example/smic?utm_source=rss", STORY)));

        try (ProcessorRunner runner = new ProcessorRunner(settings,
                PipelineTopology.build(topics, PipelineSteps.from(settings)))) {
            runner.start();
            runner.awaitIdle(Duration.ofSeconds(2), Duration.ofSeconds(120));
        }

        List<ConsumerRecord<byte[], byte[]>> articles = read(kafka, topics.articles(), 2);
        List<ConsumerRecord<byte[], byte[]>> duplicates = read(kafka, topics.duplicates(), 1);
        List<ConsumerRecord<byte[], byte[]>> letters = read(kafka, topics.deadLetters(), 1);
        List<ConsumerRecord<byte[], byte[]>> sanctions = read(kafka, topics.sanctions(), 1);
        List<ConsumerRecord<byte[], byte[]>> market = read(kafka, topics.market(), 1);

        assertEquals(2, articles.size(), "the story, and its replay under a tracking parameter (same id)");
        String id = Ids.articleId("https://news.example/smic");
        articles.forEach(record -> {
            assertEquals(id, new String(record.key(), StandardCharsets.UTF_8));
            RecordSchemas.assertValid(record.value());
        });
        assertEquals("en", Json.fromBytes(articles.get(0).value(), Article.class).language());

        assertEquals(1, duplicates.size(), "the mirror's copy");
        RecordSchemas.assertValid(duplicates.get(0).value());

        assertEquals(1, letters.size());
        DeadLetter letter = Json.fromBytes(letters.get(0).value(), DeadLetter.class);
        RecordSchemas.assertValid(letters.get(0).value());
        assertEquals("deserialize", letter.stage());
        assertEquals("https://news.example/broken", letter.originalKey());

        assertFalse(sanctions.isEmpty(), "the Entity List addition");
        assertFalse(market.isEmpty(), "the share move");
        sanctions.forEach(record -> RecordSchemas.assertValid(record.value()));
        market.forEach(record -> RecordSchemas.assertValid(record.value()));
        assertEquals(2 * sanctions.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).distinct().count(),
                sanctions.size(), "the replayed article gives the same event ids again");
        assertTrue(read(kafka, topics.consolidated(), 1).stream()
                .allMatch(record -> new String(record.value(), StandardCharsets.UTF_8).contains("\"articles\":1")),
                "one article, however often it is replayed");
    }

    private static List<ConsumerRecord<byte[], byte[]>> read(KafkaBackend kafka, String topic, int expected) {
        return Records.readCommitted(kafka.bootstrapServers(), topic, expected, Duration.ofSeconds(20));
    }

    private static Map.Entry<String, byte[]> raw(String url, String html) {
        return Map.entry(url, Json.toBytes(new RawArticle(RawArticle.SCHEMA, url, url, "news.example",
                "2020-12-21T09:00:00Z", 200, "text/html", "UTF-8", "header", null, null, Ids.sha256(html), html)));
    }
}
