package io.eventwire.processor.topology;

import io.eventwire.contracts.config.Settings;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProcessorSettingsTest {

    private static Properties streams(Map<String, String> values) {
        return new ProcessorSettings(Settings.of(values)).streamsProperties();
    }

    @Test
    void theMeasuredClientDefaultsReachKafkaStreams() {
        Properties props = streams(Map.of("bootstrap.servers", "localhost:9092"));
        assertEquals(25, props.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        assertEquals("lz4", props.get(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG)));
        assertEquals(256 * 1024, props.get(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG)));
        assertEquals(20, props.get(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG)));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
    }

    @Test
    void aKafkaPrefixedSettingOverridesThem() {
        Properties props = streams(Map.of("bootstrap.servers", "localhost:9092",
                "kafka.commit.interval.ms", "100", "kafka.producer.batch.size", "16384"));
        assertEquals("100", props.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        assertEquals("16384", props.get(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG)));
    }
}
