package io.eventwire.testkit;

import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.TopicSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExactlyOnceStreamsIT {

    private static final int COUNT = 5_000;

    @TempDir
    Path stateDir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventwire.testkit.KafkaBackends#names")
    void aCopyWithExactlyOnceHasNoLossAndNoDuplicate(String backendName) throws Exception {
        KafkaBackend backend = KafkaBackends.shared(backendName);
        String input = "eos-it.in";
        String output = "eos-it.out";
        TopicCreator.createMissing(backend.bootstrapServers(), List.of(
                new TopicSpec(input, 3, Map.of()), new TopicSpec(output, 3, Map.of())));
        produce(backend.bootstrapServers(), input);

        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(value -> value.toUpperCase())
                .to(output, Produced.with(Serdes.String(), Serdes.String()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "eos-it-" + backendName);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, backend.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");

        List<ConsumerRecord<byte[], byte[]>> read;
        try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
            streams.start();
            read = Records.readCommitted(backend.bootstrapServers(), output, COUNT, Duration.ofSeconds(90));
            streams.close(Duration.ofSeconds(30));
        }

        Set<String> values = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> record : read) {
            values.add(new String(record.value(), StandardCharsets.UTF_8));
        }
        assertEquals(COUNT, read.size(), "records copied (a duplicate would make more, a loss fewer)");
        assertEquals(COUNT, values.size(), "distinct records copied");
        assertEquals(true, values.contains("VALUE-0") && values.contains("VALUE-" + (COUNT - 1)));
    }

    private static void produce(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < COUNT; i++) {
                producer.send(new ProducerRecord<>(topic, "key-" + i, "value-" + i));
            }
        }
    }
}
