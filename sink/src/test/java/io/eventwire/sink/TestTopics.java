package io.eventwire.sink;

import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.contracts.topic.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh topics per test (a unique prefix on the shared broker) and a producer writing records to them. */
final class TestTopics implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final Topics topics;
    final String bootstrapServers;
    private final KafkaProducer<byte[], byte[]> producer;

    TestTopics(String bootstrapServers, String name) {
        this.bootstrapServers = bootstrapServers;
        this.topics = new Topics(name + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100_000 + ".");
        TopicCreator.createMissing(bootstrapServers, topics.all());
        awaitLeaders(bootstrapServers, topics);
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * Waits until the broker serves every new partition: a producer that writes to a partition whose leader is
     * still being set up can have its first batch appended yet answered with an error, and the idempotent retry
     * then fails with an out-of-order sequence.
     */
    static void awaitLeaders(String bootstrapServers, Topics topics) {
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (TopicSpec spec : topics.all()) {
            for (int p = 0; p < spec.partitions(); p++) {
                partitions.put(new TopicPartition(spec.name(), p), OffsetSpec.latest());
            }
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            // ListOffsets is answered by the partition leader, like a produce request.
            admin.listOffsets(partitions).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the new topics got no leaders", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void send(String topic, String key, Object value) {
        byte[] bytes = value == null ? null : value instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : Json.toBytes(value);
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), bytes));
    }

    void flush() {
        producer.flush();
    }

    /** The sink's settings for these topics. */
    Map<String, String> sinkSettings(String outDir) {
        return Map.of("bootstrap.servers", bootstrapServers, "topic.prefix", topics.prefix(), "out.dir", outDir,
                "group.id", "sink-" + topics.prefix());
    }

    @Override
    public void close() {
        producer.close();
    }
}
