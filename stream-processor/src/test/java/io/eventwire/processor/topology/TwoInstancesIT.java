package io.eventwire.processor.topology;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.TopicSpec;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.testkit.KafkaBackend;
import io.eventwire.testkit.KafkaBackends;
import io.eventwire.testkit.Records;
import io.eventwire.testkit.TestInput;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two processor instances share a six-partition news.raw; one stops in the middle of the run and the other
 * takes its tasks over: every article and every event comes out exactly once.
 */
class TwoInstancesIT {

    private static final int ARTICLES = 240;
    private static final String[] COMPANIES = {"Hikvision", "Dahua", "Huawei", "ZTE", "SMIC", "DJI", "Megvii",
            "SenseTime", "iFlytek", "Inspur"};
    private static final String[] FILLER = {
            "The city council met on Tuesday to discuss the new tram line along the river.",
            "Farmers in the region reported an early harvest after a warm and dry spring.",
            "A local museum opened an exhibition of maps from the eighteenth century.",
            "Engineers began repairs on the old stone bridge that links the two villages.",
            "The football club announced that its stadium will be renovated next summer.",
            "Teachers welcomed the plan to hire more staff for the primary schools.",
            "Residents complained about the noise from the construction site near the station.",
            "The weather service expects heavy rain in the mountains over the weekend.",
            "A new bakery on the main square has drawn long queues every morning.",
            "The hospital extended its visiting hours after requests from families.",
            "Volunteers planted three hundred trees along the northern cycle path.",
            "The library will stay open late during the examination period.",
            "Ferry services resumed after the storm damaged part of the harbour wall.",
            "The orchestra announced a series of free concerts in the park.",
            "Police asked drivers to avoid the ring road because of roadworks."};

    @Test
    void whenOneInstanceStopsTheOtherTakesOverAndNothingIsLostOrDoubled(@TempDir Path dir) throws Exception {
        KafkaBackend kafka = KafkaBackends.shared("embedded");
        Topics topics = new Topics("two-instances-it.");
        List<TopicSpec> specs = new ArrayList<>(topics.all());
        specs.set(0, specs.get(0).withPartitions(6));
        TopicCreator.createMissing(kafka.bootstrapServers(), specs);
        Set<String> expectedIds = produce(kafka.bootstrapServers(), topics);

        ProcessorRunner first = runner(kafka, topics, dir.resolve("a"));
        ProcessorRunner second = runner(kafka, topics, dir.resolve("b"));
        first.start();
        second.start();
        Records.readCommitted(kafka.bootstrapServers(), topics.articles(), ARTICLES / 4, Duration.ofSeconds(120));
        first.close();
        second.awaitIdle(Duration.ofSeconds(3), Duration.ofMinutes(5));
        second.close();

        List<String> articleIds = keys(kafka, topics.articles());
        List<String> duplicateIds = keys(kafka, topics.duplicates());
        List<String> all = new ArrayList<>(articleIds);
        all.addAll(duplicateIds);
        assertEquals(expectedIds, new HashSet<>(all), "every input article came out");
        assertEquals(ARTICLES, all.size(), "and none came out twice (articles + duplicates)");
        assertTrue(keys(kafka, topics.deadLetters()).isEmpty());

        List<String> eventIds = keys(kafka, topics.sanctions());
        assertTrue(eventIds.size() >= ARTICLES / 4, "events were extracted: " + eventIds.size());
        assertEquals(eventIds.size(), new HashSet<>(eventIds).size(), "every event id exactly once");
    }

    private static ProcessorRunner runner(KafkaBackend kafka, Topics topics, Path stateDir) {
        return TestProcessors.runner(kafka, topics, "two-instances-it", stateDir);
    }

    /** Distinct articles from a fixed seed; every other one reports an Entity List addition. */
    private static Set<String> produce(String bootstrap, Topics topics) {
        Random random = new Random(42);
        Set<String> ids = new HashSet<>();
        List<Map.Entry<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder text = new StringBuilder("Bulletin number " + i + " from correspondent " + random.nextInt(1_000_000)
                    + ".\n\n");
            if (i % 2 == 0) {
                text.append("The U.S. Commerce Department added ").append(COMPANIES[i % COMPANIES.length])
                        .append(" to the Entity List on March ").append(1 + i % 28).append(", 2024.\n\n");
            }
            for (int s = 0; s < 6; s++) {
                text.append(FILLER[random.nextInt(FILLER.length)]).append(" Item ").append(random.nextInt(100_000))
                        .append(" of ").append(random.nextInt(100_000)).append(".\n\n");
            }
            String url = "https://bulletin.example/" + i;
            String body = text.toString();
            RawArticle raw = new RawArticle(RawArticle.SCHEMA, url, url, "bulletin.example",
                    "2024-03-29T10:00:00Z", 200, "text/plain", "UTF-8", "header", "Bulletin " + i, null,
                    Ids.sha256(body), body);
            records.add(Map.entry(url, Json.toBytes(raw)));
            ids.add(Ids.articleId(url));
        }
        TestInput.send(bootstrap, topics.raw(), records);
        return ids;
    }

    private static List<String> keys(KafkaBackend kafka, String topic) {
        return Records.readCommitted(kafka.bootstrapServers(), topic, Integer.MAX_VALUE, Duration.ofSeconds(5))
                .stream().map(ConsumerRecord::key).map(key -> new String(key, StandardCharsets.UTF_8)).toList();
    }
}
