package io.eventwire.bench.floor;

import io.eventwire.bench.ProcessCpu;
import io.eventwire.bench.Sends;
import io.eventwire.bench.Workload;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.TopicSpec;
import io.eventwire.processor.topology.ProcessorSettings;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The raw floor: how fast this broker and one client thread move the corpus's records when nothing is
 * computed. The records are loaded into an input topic first (untimed); then one consumer reads them and
 * one producer writes each to an output topic, both configured as the pipeline's clients are (the processor's
 * producer compression into topics that keep zstd as news.raw and news.articles do, the same fetch and request
 * sizes), until every record is written and acknowledged.
 */
public final class RawFloor {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    /**
     * @param seconds    from the first poll to the last acknowledged write
     * @param cpuSeconds CPU time of the whole process (clients and broker) meanwhile
     */
    public record Result(int records, long bytes, double seconds, double cpuSeconds) {
        public double cpuMillisPerRecord() {
            return cpuSeconds * 1000 / records;
        }

        public double recordsPerSecond() {
            return records / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / seconds / 1e6;
        }
    }

    private RawFloor() {
    }

    public static Result run(String bootstrapServers, Workload workload, String topicPrefix) {
        String in = topicPrefix + "raw-floor.in";
        String out = topicPrefix + "raw-floor.out";
        Map<String, String> topicConfigs = Map.of("compression.type", "zstd",
                "max.message.bytes", Integer.toString(TopicSpec.RAW_MAX_MESSAGE_BYTES));
        TopicCreator.createMissing(bootstrapServers, List.of(
                new TopicSpec(in, TopicSpec.DEFAULT_PARTITIONS, topicConfigs),
                new TopicSpec(out, TopicSpec.DEFAULT_PARTITIONS, topicConfigs)));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(bootstrapServers))) {
            load(producer, in, workload);
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers))) {
                consumer.subscribe(List.of(in));
                return passThrough(consumer, producer, out, workload);
            }
        }
    }

    /** Writes the workload to a topic and waits until the broker has it all: loading is never timed. */
    static void load(KafkaProducer<byte[], byte[]> producer, String topic, Workload workload) {
        Sends sends = new Sends();
        for (Workload.Item item : workload.items()) {
            producer.send(new ProducerRecord<>(topic, item.key(), item.value()), sends);
        }
        sends.flushAndCheck(producer, "the raw floor's input");
    }

    private static Result passThrough(KafkaConsumer<byte[], byte[]> consumer, KafkaProducer<byte[], byte[]> producer,
                                      String out, Workload workload) {
        int expected = workload.size();
        int moved = 0;
        long bytes = 0;
        long started = System.nanoTime();
        long cpuStarted = ProcessCpu.nanos();
        long deadline = started + TIMEOUT.toNanos();
        Sends sends = new Sends();
        while (moved < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("raw floor: only " + moved + " of " + expected + " records after "
                        + TIMEOUT);
            }
            ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
            for (ConsumerRecord<byte[], byte[]> record : records) {
                producer.send(new ProducerRecord<>(out, null, record.timestamp(), record.key(), record.value()), sends);
                bytes += record.serializedValueSize();
                moved++;
            }
        }
        sends.flushAndCheck(producer, "the raw floor's output");
        consumer.commitSync();
        return new Result(moved, bytes, (System.nanoTime() - started) / 1e9, (ProcessCpu.nanos() - cpuStarted) / 1e9);
    }

    /** As the processor configures its producer: its compression, its batch size, a linger of 100 ms (Streams'). */
    static Map<String, Object> producerConfig(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, ProcessorSettings.PRODUCER_COMPRESSION);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 100);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, ProcessorSettings.PRODUCER_BATCH_BYTES);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicSpec.DLQ_MAX_MESSAGE_BYTES + 64 * 1024);
        return config;
    }

    static Map<String, Object> consumerConfig(String bootstrapServers) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-floor-" + UUID.randomUUID());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, TopicSpec.DLQ_MAX_MESSAGE_BYTES + 64 * 1024);
        return config;
    }
}
