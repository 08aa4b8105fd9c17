package io.eventwire.processor.faults;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.TopicSpec;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.processor.topology.PipelineSteps;
import io.eventwire.processor.topology.PipelineTopology;
import io.eventwire.processor.topology.ProcessorRunner;
import io.eventwire.processor.topology.ProcessorSettings;
import io.eventwire.processor.topology.TestProcessors;
import io.eventwire.testkit.KafkaBackend;
import io.eventwire.testkit.KafkaBackends;
import io.eventwire.testkit.Records;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input catalogue on a real broker with the real processor: here the deserialization handler's dead
 * letters are produced too (TopologyTestDriver drops them), inside the exactly-once transaction. What
 * {@code news.raw} itself refuses (over its 8 MiB record limit) was never accepted and is reported as such.
 */
class BadInputPipelineIT {

    @Test
    void everyAcceptedBadInputIsOnceInArticlesDuplicatesOrTheDlq(@TempDir Path stateDir) throws Exception {
        KafkaBackend kafka = KafkaBackends.shared("embedded");
        Topics topics = new Topics("bad-input-it.");
        TopicCreator.createMissing(kafka.bootstrapServers(), topics.all());
        List<BadInputs.Case> cases = new ArrayList<>(BadInputs.catalogue());
        cases.addAll(BadInputs.mutations(9_000L, 50));

        Map<String, String> fates = new TreeMap<>();
        List<BadInputs.Case> accepted = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = producer(kafka.bootstrapServers())) {
            for (BadInputs.Case input : cases) {
                try {
                    producer.send(new ProducerRecord<>(topics.raw(), input.key(), input.value())).get();
                    accepted.add(input);
                } catch (ExecutionException e) {
                    assertTrue(e.getCause() instanceof RecordTooLargeException, input + ": " + e.getCause());
                    fates.put(input.toString(), "refused by news.raw at the door (" + input.value().length
                            + " bytes, over " + TopicSpec.RAW_MAX_MESSAGE_BYTES + "): never accepted");
                }
            }
        }

        ProcessorSettings settings = TestProcessors.settings(kafka, topics, "bad-input-it", stateDir);
        Map<String, List<String>> outcomes = new HashMap<>();
        List<String> laterLetters = new ArrayList<>();
        try (ProcessorRunner runner = new ProcessorRunner(settings,
                PipelineTopology.build(topics, PipelineSteps.from(settings)))) {
            runner.start();
            // Not awaitIdle: a slow record (tens of seconds) looks idle to the consumer lag. Wait, bounded,
            // until every accepted input has an outcome; a record replayed forever never gets there.
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            do {
                Thread.sleep(3_000);
                collect(kafka, topics, outcomes, laterLetters);
            } while (total(outcomes) < accepted.size() && System.nanoTime() < deadline);
            runner.awaitIdle(Duration.ofSeconds(3), Duration.ofMinutes(5));
            collect(kafka, topics, outcomes, laterLetters);
        }

        int lost = 0;
        int doubled = 0;
        for (BadInputs.Case input : accepted) {
            List<String> seen = outcomes.getOrDefault(Ids.articleId(input.key()), List.of());
            // A mutation may have changed the url inside the value; such an article is found under its own id.
            if (seen.isEmpty() && input.kind().equals("random-mutation")) {
                fates.put(input.toString(), "(url mutated: counted by total below)");
                continue;
            }
            lost += seen.isEmpty() ? 1 : 0;
            doubled += seen.size() > 1 ? 1 : 0;
            fates.put(input.toString(), seen.isEmpty() ? "LOST" : String.join(" + ", seen));
        }
        int totalOutcomes = total(outcomes);
        StringBuilder report = new StringBuilder();
        fates.forEach((name, fate) -> report.append(name).append(" -> ").append(fate).append('\n'));
        report.append("accepted ").append(accepted.size()).append(", outcomes ").append(totalOutcomes)
                .append(", lost ").append(lost).append(", doubled ").append(doubled).append('\n');
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bad-input-broker-fates.txt"), report);

        assertEquals(0, lost, "lost:\n" + report);
        assertEquals(0, doubled, "doubled:\n" + report);
        assertEquals(accepted.size(), totalOutcomes, "one outcome per accepted input:\n" + report);
        assertEquals(List.of(), laterLetters, "no accepted article failed in a later step");
    }

    private static void collect(KafkaBackend kafka, Topics topics, Map<String, List<String>> outcomes,
                                List<String> laterLetters) {
        outcomes.clear();
        laterLetters.clear();
        for (String topic : List.of(topics.articles(), topics.duplicates())) {
            for (ConsumerRecord<byte[], byte[]> record : read(kafka, topic, 1)) {
                outcomes.computeIfAbsent(new String(record.key(), StandardCharsets.UTF_8), k -> new ArrayList<>())
                        .add(topic.substring(topics.prefix().length()));
            }
        }
        for (ConsumerRecord<byte[], byte[]> record : read(kafka, topics.deadLetters(), 1)) {
            DeadLetter letter = Json.fromBytes(record.value(), DeadLetter.class);
            if (topics.raw().equals(letter.sourceTopic())) {
                outcomes.computeIfAbsent(Ids.articleId(letter.originalKey()), k -> new ArrayList<>())
                        .add("news.dlq stage=" + letter.stage() + " reason=" + abbreviate(letter.errorMessage()));
            } else {
                laterLetters.add(letter.stage() + ": " + letter.errorMessage());
            }
        }
    }

    private static int total(Map<String, List<String>> outcomes) {
        return outcomes.values().stream().mapToInt(List::size).sum();
    }

    private static List<ConsumerRecord<byte[], byte[]>> read(KafkaBackend kafka, String topic, int expected) {
        return Records.readCommitted(kafka.bootstrapServers(), topic, expected, Duration.ofSeconds(20));
    }

    private static String abbreviate(String text) {
        String oneLine = String.valueOf(text).replaceAll("\\s+", " ");
        return oneLine.length() > 100 ? oneLine.substring(0, 100) + "…" : oneLine;
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        // Let the topic, not the client, decide what is too large: the broker's limit is what is promised.
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(64 * 1024 * 1024));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(128L * 1024 * 1024));
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }
}
