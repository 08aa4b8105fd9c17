package io.eventwire.testkit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Writes a test's input and makes sure every record was written: a test that counts what came out of the
 * pipeline must know what went in, so a send that fails fails the test here, naming the record.
 */
public final class TestInput {

    private TestInput() {
    }

    /** Sends every record (key, value bytes) to {@code topic} with an idempotent producer; waits for each ack. */
    public static void send(String bootstrapServers, String topic, List<Map.Entry<String, byte[]>> records) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (Map.Entry<String, byte[]> record : records) {
                acks.add(producer.send(new ProducerRecord<>(topic, record.getKey(), record.getValue())));
            }
            for (int i = 0; i < acks.size(); i++) {
                await(acks.get(i), records.get(i).getKey());
            }
        }
    }

    private static void await(Future<RecordMetadata> ack, String key) {
        try {
            ack.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the test input " + key + " was not written: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the test input", e);
        }
    }
}
