package io.eventwire.contracts.topic;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TopicReaderTest {

    private static final String TOPIC = "news.raw";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

    @Test
    void readsEveryPartitionFromItsBeginningToTheEndItHadWhenReadingBegan() {
        MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
        Node node = new Node(0, "localhost", 9092);
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, node, null, null),
                new PartitionInfo(TOPIC, 1, node, null, null)));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        consumer.updateEndOffsets(Map.of(P0, 3L, P1, 2L));
        consumer.schedulePollTask(() -> {
            for (long offset = 0; offset < 3; offset++) {
                consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, offset, "k" + offset, "v"));
            }
            for (long offset = 0; offset < 2; offset++) {
                consumer.addRecord(new ConsumerRecord<>(TOPIC, 1, offset, "k" + offset, "v"));
            }
        });
        consumer.schedulePollTask(() -> consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 3L, "later", "v")));

        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        TopicReader.readToEnd(consumer, TOPIC, Duration.ofSeconds(1), read::add);

        assertEquals(5, read.size(), "the record written after reading began is not waited for");
        assertEquals(Set.of(P0, P1), consumer.assignment());
    }

    @Test
    void theReaderConfigKeepsTheClientSettingsAndReadsCommittedRecordsOnly() {
        Map<String, Object> config = TopicReader.committedReaderConfig(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092", "security.protocol", "SSL"));
        assertEquals(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092", "security.protocol", "SSL",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), config);
    }
}
