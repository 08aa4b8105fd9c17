package io.eventwire.sink;

import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.testkit.Records;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
        // Returns once every partition's leader serves it, so the producer's first batch is not refused.
        TopicCreator.createMissing(bootstrapServers, topics.all());
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());
    }

    void send(String topic, String key, Object value) {
        byte[] bytes = value == null ? null : value instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : Json.toBytes(value);
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), bytes));
    }

    /** {@code article-from} to {@code article-(to - 1)}, as {@link Samples#article(int)} makes them. */
    void sendArticles(int from, int to) {
        for (int i = from; i < to; i++) {
            send(topics.articles(), "article-" + i, Samples.article(i));
        }
    }

    /** {@code sanction-from} to {@code sanction-(to - 1)}, as {@link Samples#sanction(int)} makes them. */
    void sendSanctions(int from, int to) {
        for (int i = from; i < to; i++) {
            send(topics.sanctions(), "sanction-" + i, Samples.sanction(i));
        }
    }

    /**
     * Something for every index: {@code articles} articles, 20 sanction, 10 market and 5 consolidated events, then
     * a tombstone that deletes sanction-3.
     */
    void sendEveryKind(int articles) {
        sendArticles(0, articles);
        sendSanctions(0, 20);
        for (int i = 0; i < 10; i++) {
            send(topics.market(), "market-" + i, Samples.market(i));
        }
        for (int i = 0; i < 5; i++) {
            send(topics.consolidated(), "key-" + i, Samples.consolidated(i));
        }
        send(topics.sanctions(), "sanction-3", null);
    }

    void flush() {
        producer.flush();
    }

    /** The dead letters on these topics, read until {@code expected} are there (10 s at the most). */
    List<DeadLetter> readDeadLetters(int expected) {
        return Records.readCommitted(bootstrapServers, topics.deadLetters(), expected, Duration.ofSeconds(10)).stream()
                .map(record -> Json.fromBytes(record.value(), DeadLetter.class)).toList();
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
