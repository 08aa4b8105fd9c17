package io.eventwire.testkit;

import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.TopicSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdempotentProducerIT {

    private static final int COUNT = 10_000;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventwire.testkit.KafkaBackends#names")
    void tenThousandRecordsAreReadBackExactly(String backendName) {
        KafkaBackend backend = KafkaBackends.shared(backendName);
        String topic = "idempotent-it";
        TopicCreator.createMissing(backend.bootstrapServers(), List.of(new TopicSpec(topic, 3, Map.of())));

        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, backend.bootstrapServers());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < COUNT; i++) {
                producer.send(new ProducerRecord<>(topic, "key-" + i, "value-" + i));
            }
            producer.flush();
        }

        List<ConsumerRecord<byte[], byte[]>> read = Records.readCommitted(backend.bootstrapServers(), topic, COUNT,
                Duration.ofSeconds(60));
        Set<String> values = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : read) {
            String key = new String(record.key(), StandardCharsets.UTF_8);
            String value = new String(record.value(), StandardCharsets.UTF_8);
            assertEquals(key.replace("key-", "value-"), value);
            values.add(value);
        }
        assertEquals(COUNT, read.size(), "records read back");
        assertEquals(COUNT, values.size(), "distinct records read back");
    }
}
