package io.eventwire.sink.consume;

import io.eventwire.contracts.topic.Topics;
import io.eventwire.sink.document.BulkAction;
import io.eventwire.sink.document.DocumentMapper;
import io.eventwire.sink.document.IndexLayout;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code KafkaConsumer.close()} calls the rebalance listener's {@code onPartitionsRevoked} (checked against the real
 * client and broker): after a run that ended without making everything durable, that call must not commit the
 * offsets of records the output never kept.
 */
class SinkLoopTest {

    private static final Topics TOPICS = new Topics("t.");
    private static final IndexLayout LAYOUT = new IndexLayout(TOPICS, "eventwire-", false);
    private static final TopicPartition PARTITION = new TopicPartition(TOPICS.articles(), 0);

    /** An output whose first flush fails; afterwards, like a closed output, it holds nothing and flushes nothing. */
    private static final class FailingOutput implements Output {
        private final Supplier<RuntimeException> failure;
        private int flushes;

        FailingOutput(Supplier<RuntimeException> failure) {
            this.failure = failure;
        }

        @Override
        public Map<TopicPartition, Long> durablePositions(Collection<TopicPartition> partitions) {
            return Map.of();
        }

        @Override
        public void write(ConsumerRecord<byte[], byte[]> record, BulkAction action) {
        }

        @Override
        public boolean due() {
            return false;
        }

        @Override
        public List<Rejected> flush() {
            if (flushes++ == 0) {
                throw failure.get();
            }
            return List.of();
        }

        @Override
        public void close() {
        }
    }

    private static Map<TopicPartition, ?> runThenClose(Output output, boolean runThrows) {
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
        MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
                new ByteArraySerializer());
        try (ParallelMapper mapper = new ParallelMapper(() -> new DocumentMapper(LAYOUT, Clock.systemUTC()), 2)) {
            SinkLoop loop = new SinkLoop(consumer, mapper, output, new DeadLetters(producer, TOPICS.deadLetters(),
                    Clock.systemUTC()), consumer::commitSync, false, Clock.systemUTC());
            loop.subscribe(LAYOUT.topics());
            consumer.schedulePollTask(() -> {
                consumer.rebalance(List.of(PARTITION));
                consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
                consumer.updateEndOffsets(Map.of(PARTITION, 3L));
                for (int offset = 0; offset < 3; offset++) {
                    consumer.addRecord(new ConsumerRecord<>(PARTITION.topic(), 0, offset,
                            ("id-" + offset).getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)));
                }
            });
            if (runThrows) {
                assertThrows(UncheckedIOException.class, () -> loop.run(new SinkLoop.Until.CaughtUp()));
            } else {
                loop.run(new SinkLoop.Until.CaughtUp());
            }
            // What KafkaConsumer.close() does once the runner closes it.
            loop.onPartitionsRevoked(List.of(PARTITION));
            return consumer.committed(Set.of(PARTITION));
        }
    }

    @Test
    void aRunEndedByAFailedFlushCommitsNothingWhenTheConsumerIsClosed() {
        Map<TopicPartition, ?> committed = runThenClose(
                new FailingOutput(() -> new UncheckedIOException(new java.io.IOException("disk full"))), true);
        assertEquals(Map.of(), committed);
    }

    @Test
    void aRunStoppedWhileTheEngineWasDownCommitsNothingWhenTheConsumerIsClosed() {
        Map<TopicPartition, ?> committed = runThenClose(new FailingOutput(() -> new StoppedWhileRetrying("stopped")), false);
        assertEquals(Map.of(), committed);
    }
}
