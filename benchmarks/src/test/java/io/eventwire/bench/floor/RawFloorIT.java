package io.eventwire.bench.floor;

import io.eventwire.bench.Workload;
import io.eventwire.bench.corpus.CorpusGenerator;
import io.eventwire.bench.corpus.CorpusSpec;
import io.eventwire.broker.EmbeddedKafka;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RawFloorIT {

    @Test
    void movesEveryRecordOfTheWorkloadToTheOutputTopic() {
        Workload workload = Workload.generate(new CorpusGenerator(CorpusSpec.defaults(1)), 0, 150);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            RawFloor.Result result = RawFloor.run(kafka.bootstrapServers(), workload, "t-");

            assertEquals(150, result.records());
            assertEquals(workload.valueBytes(), result.bytes());
            assertTrue(result.seconds() > 0);
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                    RawFloor.consumerConfig(kafka.bootstrapServers()))) {
                List<TopicPartition> partitions = IntStream.range(0, 3)
                        .mapToObj(p -> new TopicPartition("t-raw-floor.out", p)).toList();
                long written = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
                assertEquals(150, written);
            }
        }
    }
}
