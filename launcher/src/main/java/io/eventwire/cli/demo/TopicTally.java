package io.eventwire.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.serde.Json;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
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
        for (ConsumerRecord<byte[], byte[]> record : readToEnd(topic)) {
            String key = record.key() == null ? "" : new String(record.key(), java.nio.charset.StandardCharsets.UTF_8);
            if (record.value() == null) {
                latest.remove(key);
            } else {
                latest.put(key, parse(record.value()));
            }
        }
        return latest;
    }

    private List<ConsumerRecord<byte[], byte[]>> readToEnd(String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
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
