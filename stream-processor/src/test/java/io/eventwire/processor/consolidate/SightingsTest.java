package io.eventwire.processor.consolidate;

import io.eventwire.contracts.record.Authority;
import io.eventwire.contracts.record.Evidence;
import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.record.Target;
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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import static org.apache.kafka.common.serialization.Serdes.String;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SightingsTest {

    private static final Duration RETENTION = Duration.ofDays(30);
    private static final Duration REFRESH = Duration.ofHours(1);
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, SanctionEvent> mentions;
    private TestOutputTopic<String, String> sighted;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("mentions", Consumed.with(String(), Serdes.sanctionEvent()))
                .processValues(Sightings.<SanctionEvent>supplier("sanction", RETENTION, REFRESH))
                .mapValues(SightingsTest::describe)
                .to("sighted", Produced.with(String(), String()));
        Properties props = new Properties();
        props.put("application.id", "sightings-test");
        props.put("bootstrap.servers", "unused:9092");
        driver = new TopologyTestDriver(builder.build(), props);
        mentions = driver.createInputTopic("mentions", new StringSerializer(), Serdes.sanctionEvent().serializer());
        sighted = driver.createOutputTopic("sighted", new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static String describe(Sighted<SanctionEvent> s) {
        return s.mention().id() + (s.sighting().newArticle() ? " +article" : "") + (s.sighting().newSource() ? " +source" : "");
    }

    private static SanctionEvent mention(String id, String articleId, String host) {
        return new SanctionEvent(SanctionEvent.SCHEMA, id, "key-1", "sanction", "ENTITY_LIST_ADDITION", articleId,
                "https://" + host + "/a", "en", null, "2019-10", "month", List.of(new Target("t", "T", "T")),
                new Evidence("A sentence.", 0, 11), 0.9, "test", new Authority("us-commerce", "Commerce", "US"),
                SanctionEvent.ACTUAL);
    }

    private void send(SanctionEvent mention, Instant at) {
        mentions.pipeInput("key-1", mention, at);
    }

    @Test
    void aMentionBringsItsArticleAndSourceOnceAndAReplayIsDropped() {
        send(mention("e1", "a1", "one.example"), T0);
        send(mention("e2", "a1", "one.example"), T0.plusSeconds(1));
        send(mention("e3", "a2", "one.example"), T0.plusSeconds(2));
        send(mention("e1", "a1", "one.example"), T0.plusSeconds(3));
        assertEquals(List.of("e1 +article +source", "e2", "e3 +article"), sighted.readValuesToList());
    }

    @Test
    void aSourceSilentForLongerThanTheRetentionCountsAgain() {
        send(mention("e1", "a1", "one.example"), T0);
        send(mention("e2", "a2", "one.example"), T0.plus(RETENTION).plusSeconds(1));
        assertEquals(List.of("e1 +article +source", "e2 +article +source"), sighted.readValuesToList());
    }

    @Test
    void aSourceThatKeepsMentioningTheEventStaysKnown() {
        for (int day = 0; day <= 60; day += 10) {
            send(mention("e" + day, "a" + day, "one.example"), T0.plus(Duration.ofDays(day)));
        }
        List<String> out = sighted.readValuesToList();
        assertEquals("e0 +article +source", out.get(0));
        assertEquals(List.of("e10 +article", "e20 +article", "e30 +article", "e40 +article", "e50 +article",
                "e60 +article"), out.subList(1, out.size()), "each sighting within the retention refreshes it");
    }

    @Test
    void entriesPastTheRetentionArePurgedAsStreamTimeAdvances() {
        send(mention("e1", "a1", "one.example"), T0);
        KeyValueStore<String, Long> store = driver.getKeyValueStore(Sightings.storeName("sanction"));
        assertEquals(3, count(store), "the mention, its article, its source");
        send(mention("e2", "a2", "two.example"), T0.plus(RETENTION).plus(REFRESH).plusSeconds(1));
        assertNull(store.get(Sighting.memberKey(mention("e1", "a1", "one.example"), 'm', "e1")));
        assertEquals(3, count(store), "only the second mention's entries are left");
    }

    private static long count(KeyValueStore<String, Long> store) {
        try (var all = store.all()) {
            long n = 0;
            while (all.hasNext()) {
                all.next();
                n++;
            }
            return n;
        }
    }
}
