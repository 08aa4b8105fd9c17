package io.eventwire.processor.topology;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.ConsolidatedEvent;
import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.record.Duplicate;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.serde.Serdes;
import io.eventwire.contracts.topic.Topics;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTopologyTest {

    private static final Topics TOPICS = new Topics("t.");
    private static final String SANCTION_STORY = """
            <html><head><title>Washington widens its trade blacklist | Example Wire</title>
            <meta property="article:published_time" content="2019-10-08T09:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Washington widens its trade blacklist</h1>
            <p>The U.S. Commerce Department added Hikvision and Dahua to the Entity List on Oct. 7, 2019, citing
            human rights concerns in Xinjiang, according to a notice published on Monday.</p>
            <p>Companies on the list need a licence before they can buy American components, and officials said
            such licences would rarely be granted. Analysts expect the measure to weigh on suppliers.</p>
            <p>Both companies said they would keep serving customers and called the decision unfounded, adding
            that they had followed the law in every country where they operate.</p>
            </article><footer>Subscribe to our newsletter. Share this story.</footer></body></html>
            """;

    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestInputTopic<String, byte[]> rawBytes;

    @BeforeEach
    void start(@TempDir Path stateDir) {
        ProcessorSettings settings = new ProcessorSettings(Settings.of(Map.of(
                "bootstrap.servers", "unused:9092", "topic.prefix", "t.", "state.dir", stateDir.toString())));
        driver = new TopologyTestDriver(PipelineTopology.build(TOPICS, PipelineSteps.from(settings)),
                settings.streamsProperties());
        raw = driver.createInputTopic(TOPICS.raw(), new StringSerializer(), Serdes.rawArticle().serializer());
        rawBytes = driver.createInputTopic(TOPICS.raw(), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static RawArticle page(String url, String html) {
        return new RawArticle(RawArticle.SCHEMA, url, url, "example.com", "2019-10-08T10:00:00Z", 200, "text/html",
                "UTF-8", "header", null, null, Ids.sha256(html), html);
    }

    private <V> List<KeyValue<String, V>> read(String topic, io.eventwire.contracts.serde.JsonSerde<V> serde) {
        TestOutputTopic<String, V> out = driver.createOutputTopic(topic, new StringDeserializer(),
                serde.deserializer());
        return out.readKeyValuesToList();
    }

    @Test
    void anArticleFlowsToArticlesSanctionsAndConsolidatedEvents() {
        raw.pipeInput("https://example.com/a", page("https://example.com/a", SANCTION_STORY));

        List<KeyValue<String, Article>> articles = read(TOPICS.articles(), Serdes.article());
        assertEquals(1, articles.size());
        Article article = articles.get(0).value;
        assertEquals(Ids.articleId("https://example.com/a"), articles.get(0).key, "key = article id");
        assertEquals("en", article.language());
        assertTrue(article.text().contains("Entity List"));
        assertFalse(article.text().contains("newsletter"), "boilerplate removed");

        List<KeyValue<String, SanctionEvent>> sanctions = read(TOPICS.sanctions(), Serdes.sanctionEvent());
        assertFalse(sanctions.isEmpty(), "the Entity List addition is extracted");
        SanctionEvent event = sanctions.get(0).value;
        assertEquals(event.id(), sanctions.get(0).key, "key = event id");
        assertEquals("ENTITY_LIST_ADDITION", event.subtype());
        assertEquals(article.id(), event.articleId());

        List<KeyValue<String, ConsolidatedEvent>> consolidated = read(TOPICS.consolidated(),
                Serdes.consolidatedEvent());
        assertTrue(consolidated.stream().anyMatch(kv -> kv.key.equals(event.canonicalKey())
                && kv.value.mentions() >= 1 && kv.value.articles() == 1));
        assertTrue(read(TOPICS.deadLetters(), Serdes.deadLetter()).isEmpty());
    }

    @Test
    void aReplayGivesTheSameIdsAndIsNotADuplicateOfItself() {
        raw.pipeInput("https://example.com/a", page("https://example.com/a", SANCTION_STORY));
        List<KeyValue<String, SanctionEvent>> first = read(TOPICS.sanctions(), Serdes.sanctionEvent());
        List<KeyValue<String, Article>> firstArticles = read(TOPICS.articles(), Serdes.article());
        read(TOPICS.consolidated(), Serdes.consolidatedEvent());

        raw.pipeInput("https://example.com/a?utm_source=feed",
                page("https://example.com/a?utm_source=feed", SANCTION_STORY));

        assertTrue(read(TOPICS.duplicates(), Serdes.duplicate()).isEmpty(), "not a duplicate of itself");
        List<KeyValue<String, Article>> againArticles = read(TOPICS.articles(), Serdes.article());
        assertEquals(firstArticles.stream().map(kv -> kv.key).toList(),
                againArticles.stream().map(kv -> kv.key).toList(), "the article again, under the same id");
        List<KeyValue<String, SanctionEvent>> again = read(TOPICS.sanctions(), Serdes.sanctionEvent());
        assertEquals(first.stream().map(kv -> kv.key).toList(), again.stream().map(kv -> kv.key).toList());
        List<KeyValue<String, ConsolidatedEvent>> consolidated = read(TOPICS.consolidated(),
                Serdes.consolidatedEvent());
        assertTrue(consolidated.stream().allMatch(kv -> kv.value.mentions() == 1), "a replay does not count twice");
    }

    @Test
    void aSyndicatedCopyIsADuplicateOfTheFirst() {
        raw.pipeInput("https://example.com/a", page("https://example.com/a", SANCTION_STORY));
        String copy = SANCTION_STORY.replace("Example Wire", "Partner Daily")
                .replace("<footer>", "<aside>Read more from our partners.</aside><footer>");
        raw.pipeInput("https://partner.example/story", page("https://partner.example/story", copy));

        List<KeyValue<String, Duplicate>> duplicates = read(TOPICS.duplicates(), Serdes.duplicate());
        assertEquals(1, duplicates.size());
        Duplicate duplicate = duplicates.get(0).value;
        assertEquals(Ids.articleId("https://partner.example/story"), duplicate.id());
        assertEquals(Ids.articleId("https://example.com/a"), duplicate.duplicateOf());
        assertEquals(1, read(TOPICS.articles(), Serdes.article()).size(), "only the first copy is an article");
    }

    @Test
    void aRecordAStepRefusesBecomesADeadLetterAndTheStreamGoesOn() {
        raw.pipeInput("https://example.com/empty", page("https://example.com/empty", " "));
        raw.pipeInput("https://example.com/a", page("https://example.com/a", SANCTION_STORY));

        List<KeyValue<String, DeadLetter>> letters = read(TOPICS.deadLetters(), Serdes.deadLetter());
        assertEquals(1, letters.size(), letters.toString());
        DeadLetter empty = letters.get(0).value;
        assertEquals("https://example.com/empty", letters.get(0).key, "keyed by the original key");
        assertEquals("validate", empty.stage());
        assertEquals(TOPICS.raw(), empty.sourceTopic());
        assertTrue(empty.errorMessage().contains("empty body"), empty.errorMessage());
        RawArticle original = Serdes.rawArticle().deserializer()
                .deserialize(TOPICS.raw(), Base64.getDecoder().decode(empty.originalBase64()));
        assertEquals("https://example.com/empty", original.url(), "the original bytes are kept");

        assertEquals(1, read(TOPICS.articles(), Serdes.article()).size(), "the good record still flows");
    }

    /*
     * A value that is not a RawArticle at all is routed by the deserialization handler; TopologyTestDriver
     * does not send the dead letters that handler returns, so PipelineIT checks that path on a real broker.
     */
    @Test
    void aValueThatIsNotARawArticleIsSkippedWithoutStoppingTheStream() {
        rawBytes.pipeInput("https://example.com/broken", new byte[]{(byte) 0xC3, 0x28, 'x'},
                Instant.parse("2024-01-01T00:00:00Z"));
        raw.pipeInput("https://example.com/a", page("https://example.com/a", SANCTION_STORY));
        assertEquals(1, read(TOPICS.articles(), Serdes.article()).size());
    }
}
