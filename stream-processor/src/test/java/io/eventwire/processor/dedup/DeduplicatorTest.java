package io.eventwire.processor.dedup;

import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.Duplicate;
import io.eventwire.contracts.serde.JsonSerde;
import io.eventwire.contracts.serde.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeduplicatorTest {

    private static final Instant T0 = Instant.parse("2026-05-05T08:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(30);

    private static final String STORY = """
            The Commerce Department added four camera makers to its export blacklist on Tuesday, saying their \
            equipment had been used in surveillance programmes that violate human rights. Companies on the list \
            need a licence before they can buy American components, and officials said such licences would \
            normally be refused. Shares of the largest of the four fell nine percent in Shenzhen trading on \
            Wednesday, wiping about two billion dollars off its market value. The company said it would study the \
            decision and continue to serve its customers around the world. Analysts expect the move to slow the \
            firms' expansion in Europe, where public buyers are already reviewing their contracts.""";

    private static final String SAME_STORY_OTHER_WORDING = """
            Four Chinese makers of security cameras can no longer buy American parts without permission after \
            Washington put them on a trade blacklist this week. The Commerce Department accused the companies of \
            supplying systems used to watch minority groups. In Shenzhen, the biggest of the four lost nine \
            percent of its value on Wednesday, roughly two billion dollars. A spokesman told reporters the group \
            was assessing the rules and would keep serving clients. Brokers said European contracts could now \
            come under closer scrutiny.""";

    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> in;
    private TestOutputTopic<String, DedupVerdict> out;

    @TempDir
    Path stateDir;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(org.apache.kafka.common.serialization.Serdes.String(), Serdes.article()))
                .processValues(Deduplicator.supplier(DedupConfig.defaults().withRetention(RETENTION)))
                .to("out", Produced.with(org.apache.kafka.common.serialization.Serdes.String(),
                        JsonSerde.of(DedupVerdict.class)));
        Properties props = new Properties();
        props.put("application.id", "dedup-test");
        props.put("bootstrap.servers", "unused:9092");
        props.put("state.dir", stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), props);
        in = driver.createInputTopic("in", new StringSerializer(), Serdes.article().serializer());
        out = driver.createOutputTopic("out", new StringDeserializer(),
                JsonSerde.of(DedupVerdict.class).deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void firstCopyIsUniqueWithItsSimHashAndAnExactCopyIsADuplicateOfIt() {
        Article original = send("a1", "https://one.example/story", STORY, T0);
        assertEquals(original.id(), unique().id());

        send("a2", "https://two.example/copy", "  " + STORY.toUpperCase() + " ", T0.plusSeconds(60));
        Duplicate duplicate = duplicate();
        assertEquals("a2", duplicate.id());
        assertEquals("a1", duplicate.duplicateOf());
        assertEquals("https://one.example/story", duplicate.duplicateOfUrl());
        assertEquals(Duplicate.EXACT, duplicate.method());
        assertEquals(0, duplicate.distance());
    }

    @Test
    void uniqueArticleCarriesItsSimHash() {
        send("a1", "https://one.example/story", STORY, T0);
        Article unique = unique();
        assertEquals(new Fingerprinter(DedupConfig.defaults()).fingerprint(STORY).simHash(), unique.simhash());
    }

    @Test
    void syndicatedCopyWithBoilerplateIsANearDuplicate() {
        send("a1", "https://one.example/story", STORY, T0);
        unique();
        String copy = "Reporting by our correspondent. " + STORY.replace("Tuesday", "Monday")
                + " Sign up for our newsletter to get the day's top stories.";
        send("a2", "https://two.example/syndicated", copy, T0.plusSeconds(3600));
        Duplicate duplicate = duplicate();
        assertEquals("a1", duplicate.duplicateOf());
        assertEquals(Duplicate.NEAR, duplicate.method());
        assertTrue(duplicate.similarity() >= DedupConfig.defaults().minSimilarity(), duplicate.toString());
        assertNotNull(duplicate.distance());
    }

    @Test
    void differentArticleOnTheSameStoryIsNotADuplicate() {
        send("a1", "https://one.example/story", STORY, T0);
        unique();
        send("a2", "https://two.example/other", SAME_STORY_OTHER_WORDING, T0.plusSeconds(60));
        assertEquals("a2", unique().id());
    }

    @Test
    void replayOfTheSameIdIsUniqueAgainAndItsCopyStillPointsToIt() {
        send("a1", "https://one.example/story", STORY, T0);
        Article first = unique();
        send("a1", "https://one.example/story", STORY, T0.plusSeconds(600));
        assertEquals(first, unique());

        send("a2", "https://two.example/copy", STORY, T0.plusSeconds(700));
        Duplicate firstVerdict = duplicate();
        send("a2", "https://two.example/copy", STORY, T0.plusSeconds(800));
        assertEquals(firstVerdict, duplicate());
    }

    @Test
    void changedTextUnderTheSameIdReplacesItsOwnFingerprint() {
        send("a1", "https://one.example/story", STORY, T0);
        unique();
        send("a1", "https://one.example/story", SAME_STORY_OTHER_WORDING, T0.plusSeconds(60));
        unique();
        // The first text is no longer anyone's fingerprint: it is unique again under another id.
        send("a2", "https://two.example/story", STORY, T0.plusSeconds(120));
        assertEquals("a2", unique().id());
        assertEquals(1, count(Deduplicator.EXACT_STORE, "a1"));
    }

    @Test
    void originalOlderThanTheRetentionIsIgnoredAndPurged() {
        send("a1", "https://one.example/story", STORY, T0);
        unique();
        send("a2", "https://two.example/copy", STORY, T0.plus(RETENTION).plusSeconds(1));
        assertEquals("a2", unique().id());
        KeyValueStore<String, SeenArticle> articles = driver.getKeyValueStore(Deduplicator.ARTICLES_STORE);
        assertNull(articles.get("a1"), "the punctuator purges what has expired");
        assertEquals(0, count(Deduplicator.EXACT_STORE, "a1") + count(Deduplicator.BANDS_STORE, "a1"));
    }

    private long count(String store, String id) {
        KeyValueStore<String, String> kv = driver.getKeyValueStore(store);
        long n = 0;
        try (var all = kv.all()) {
            while (all.hasNext()) {
                n += id.equals(all.next().value) ? 1 : 0;
            }
        }
        return n;
    }

    private Article send(String id, String url, String text, Instant at) {
        Article article = new Article(Article.SCHEMA, id, url, url, "test", "Headline of " + id, null, null,
                null, null, null, text, null, null, "test");
        in.pipeInput(id, article, at);
        return article;
    }

    private Article unique() {
        DedupVerdict verdict = out.readValue();
        assertNotNull(verdict.unique(), () -> "expected unique, got " + verdict);
        assertNotNull(verdict.unique().simhash());
        return verdict.unique();
    }

    private Duplicate duplicate() {
        DedupVerdict verdict = out.readValue();
        assertNotNull(verdict.duplicate(), () -> "expected a duplicate, got " + verdict);
        return verdict.duplicate();
    }
}
