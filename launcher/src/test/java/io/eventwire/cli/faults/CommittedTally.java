package io.eventwire.cli.faults;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicReader;
import io.eventwire.contracts.topic.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a downstream reader sees: the pipeline's outputs read with {@code read_committed}, counted per input
 * (by article id; a dead letter by the id of its original key) and per event id. Reads incrementally, so a
 * test can watch progress while it breaks things, and can read "to the end" (the last stable offset).
 */
public final class CommittedTally implements AutoCloseable {

    private final Topics topics;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Integer> outcomes = new HashMap<>();
    private final Map<String, Integer> eventIds = new HashMap<>();
    private final List<String> laterDeadLetters = new ArrayList<>();
    private final Map<String, Integer> perTopic = new HashMap<>();

    public CommittedTally(String bootstrapServers, Topics topics) {
        this.topics = topics;
        Map<String, Object> config = TopicReader.committedReaderConfig(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(17 * 1024 * 1024)));
        this.consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(topics.articles(), topics.duplicates(), topics.deadLetters(), topics.sanctions(),
                topics.market())) {
            partitions.addAll(TopicReader.partitions(consumer, topic, Duration.ofSeconds(30)));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads what is committed by now (one poll). */
    public void poll() {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            count(record);
        }
    }

    /**
     * Reads until every partition's position reaches its last stable offset as it stands now, retrying
     * across a broker outage; gives up with a clear message after {@code timeout}.
     */
    public void readToEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(30));
        while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("outputs not read to their end within " + timeout + ": " + ends);
            }
            poll();
        }
    }

    private void count(ConsumerRecord<byte[], byte[]> record) {
        String topic = record.topic();
        perTopic.merge(topic, 1, Integer::sum);
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        if (topic.equals(topics.articles()) || topic.equals(topics.duplicates())) {
            outcomes.merge(key, 1, Integer::sum);
        } else if (topic.equals(topics.deadLetters())) {
            DeadLetter letter = Json.fromBytes(record.value(), DeadLetter.class);
            if (topics.raw().equals(letter.sourceTopic())) {
                outcomes.merge(Ids.articleId(letter.originalKey()), 1, Integer::sum);
            } else {
                laterDeadLetters.add(letter.stage() + ": " + letter.errorMessage());
            }
        } else {
            eventIds.merge(key, 1, Integer::sum);
        }
    }

    /** Inputs (by article id) seen at least once in articles, duplicates or the raw DLQ. */
    public int inputsSeen() {
        return outcomes.size();
    }

    /** How often each input was seen; exactly once is the promise. */
    public int timesSeen(String articleId) {
        return outcomes.getOrDefault(articleId, 0);
    }

    public Map<String, Integer> eventIds() {
        return Map.copyOf(eventIds);
    }

    public List<String> laterDeadLetters() {
        return List.copyOf(laterDeadLetters);
    }

    public Map<String, Integer> perTopic() {
        return Map.copyOf(perTopic);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
