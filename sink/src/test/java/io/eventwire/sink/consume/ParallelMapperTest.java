package io.eventwire.sink.consume;

import io.eventwire.contracts.serde.InvalidRecordException;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.sink.document.DocumentMapper;
import io.eventwire.sink.document.IndexLayout;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelMapperTest {

    private static final Topics TOPICS = new Topics("t.");
    private static final IndexLayout LAYOUT = new IndexLayout(TOPICS, "eventwire-", false);

    private static ConsumerRecord<byte[], byte[]> record(String topic, long offset, String value) {
        return new ConsumerRecord<>(topic, 0, offset, ("id-" + offset).getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void resultsComeBackInRecordOrderWithEachFailureInItsPlace() {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            // Every 7th value is not JSON; sizes vary so that threads finish their chunks out of order.
            records.add(record(TOPICS.articles(), i, i % 7 == 3 ? "{oops" : "{\"n\":" + i + ",\"pad\":\""
                    + "x".repeat(i % 97 * 50) + "\"}"));
        }
        Set<String> threadsUsed = ConcurrentHashMap.newKeySet();
        AtomicInteger mappersMade = new AtomicInteger();
        try (ParallelMapper mapper = new ParallelMapper(() -> {
            threadsUsed.add(Thread.currentThread().getName());
            mappersMade.incrementAndGet();
            return new DocumentMapper(LAYOUT, Clock.systemUTC());
        }, 3)) {
            List<ParallelMapper.Mapped> mapped = mapper.map(records);
            assertEquals(records.size(), mapped.size());
            for (int i = 0; i < records.size(); i++) {
                ParallelMapper.Mapped result = mapped.get(i);
                if (i % 7 == 3) {
                    assertInstanceOf(InvalidRecordException.class, result.failure(), "record " + i);
                    assertNull(result.action());
                } else {
                    assertNull(result.failure(), "record " + i);
                    assertEquals("id-" + i, result.action().id());
                    assertTrue(result.action().text().contains("\"n\":" + i + ","), "record " + i);
                }
            }
            // Later batches reuse the threads and their mappers.
            assertEquals(10, mapper.map(records.subList(0, 10)).size());
        }
        // Mappers reuse a buffer: never one shared by two threads, never two made for one thread.
        assertEquals(threadsUsed.size(), mappersMade.get(), "one mapper per thread: " + threadsUsed);
        assertTrue(threadsUsed.size() <= 4, "three workers and the caller: " + threadsUsed);
    }

    @Test
    void anUnexpectedFailureIsHandedBackForTheLoopToRaiseInOrder() {
        List<ConsumerRecord<byte[], byte[]>> records = List.of(
                record(TOPICS.articles(), 0, "{}"),
                record("a.topic.the.sink.does.not.consume", 1, "{}"),
                record(TOPICS.articles(), 2, "{}"));
        try (ParallelMapper mapper = new ParallelMapper(() -> new DocumentMapper(LAYOUT, Clock.systemUTC()), 2)) {
            List<ParallelMapper.Mapped> mapped = mapper.map(records);
            assertNull(mapped.get(0).failure());
            assertInstanceOf(IllegalArgumentException.class, mapped.get(1).failure());
            assertNull(mapped.get(2).failure());
        }
    }

    @Test
    void atLeastOneThreadMaps() {
        assertThrows(IllegalArgumentException.class,
                () -> new ParallelMapper(() -> new DocumentMapper(LAYOUT, Clock.systemUTC()), 0));
    }
}
