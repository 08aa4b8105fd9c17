package io.eventwire.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads a topic's committed records to its end and counts them: how many distinct keys, and how many per
 * value of one field (language, subtype, stage…). The demo's summary is made of these counts.
 */
final class TopicTally {

    private final String bootstrapServers;

    TopicTally(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Distinct keys of {@code topic}, counted per {@code field} of the latest value of each key. */
    Map<String, Long> countBy(String topic, Function<JsonNode, String> field) {
        Map<String, JsonNode> latest = latestByKey(topic);
        Map<String, Long> counts = new TreeMap<>();
        latest.values().forEach(value -> counts.merge(field.apply(value), 1L, Long::sum));
        return counts;
    }

    long distinctKeys(String topic) {
        return latestByKey(topic).size();
    }

    Map<String, JsonNode> latestByKey(String topic) {
        Map<String, JsonNode> latest = new HashMap<>();
        Map<String, Object> config = TopicReader.committedReaderConfig(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            TopicReader.readToEnd(consumer, topic, Duration.ofSeconds(10), record -> remember(latest, record));
        }
        return latest;
    }

    private static void remember(Map<String, JsonNode> latest, ConsumerRecord<byte[], byte[]> record) {
        String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
        if (record.value() == null) {
            latest.remove(key);
        } else {
            latest.put(key, parse(record.value()));
        }
    }

    private static JsonNode parse(byte[] value) {
        try {
            return Json.MAPPER.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
