package io.eventwire.contracts.topic;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a topic from its beginning with a consumer of its own that is assigned every partition (no group, no
 * commits): how the crawler loads its state topic, the demo counts its outputs and tests read what a topic holds.
 */
public final class TopicReader {

    /** Short, so that reading stops soon after the end: a poll that finds only transaction markers waits it out. */
    private static final Duration POLL = Duration.ofMillis(200);

    private TopicReader() {
    }

    /**
     * {@code clientConfig} plus what such a reader needs: committed records only, as downstream sees them, and no
     * offset commits.
     */
    public static Map<String, Object> committedReaderConfig(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return config;
    }

    /** The partitions of {@code topic}, waiting up to {@code timeout} for its metadata. */
    public static List<TopicPartition> partitions(Consumer<?, ?> consumer, String topic, Duration timeout) {
        return consumer.partitionsFor(topic, timeout).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    /** Assigns every partition of {@code topic} to {@code consumer}, each at its beginning, and returns them. */
    public static List<TopicPartition> assignFromBeginning(Consumer<?, ?> consumer, String topic, Duration timeout) {
        List<TopicPartition> partitions = partitions(consumer, topic, timeout);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    /**
     * Hands every record of {@code topic} to {@code action}, from the beginning up to the end each partition had
     * when reading began; with {@code read_committed} that end is the last stable offset, so an open transaction
     * is not waited for.
     *
     * @param timeout how long to wait for the topic's metadata
     */
    public static <K, V> void readToEnd(Consumer<K, V> consumer, String topic, Duration timeout,
                                        java.util.function.Consumer<ConsumerRecord<K, V>> action) {
        List<TopicPartition> partitions = assignFromBeginning(consumer, topic, timeout);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            consumer.poll(POLL).forEach(action);
        }
    }
}
