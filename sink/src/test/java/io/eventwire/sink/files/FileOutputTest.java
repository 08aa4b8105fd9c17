package io.eventwire.sink.files;

import io.eventwire.contracts.topic.Topics;
import io.eventwire.sink.document.BulkAction;
import io.eventwire.sink.document.IndexLayout;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileOutputTest {

    private static final IndexLayout LAYOUT = new IndexLayout(Topics.DEFAULT, "eventwire-", false);
    private static final String TOPIC = Topics.DEFAULT.articles();

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static void write(FileOutput output, int partition, long offset) {
        String text = "{\"index\":{\"_index\":\"eventwire-articles\",\"_id\":\"a" + offset + "\"}}\n{}\n";
        output.write(new ConsumerRecord<>(TOPIC, partition, offset, new byte[0], new byte[0]),
                new BulkAction("eventwire-articles", "a" + offset, false, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void filesRotateBySizeAndAgeAndNameTheOffsetsTheyHold(@TempDir Path out) {
        ManualClock clock = new ManualClock();
        try (FileOutput output = new FileOutput(out, LAYOUT, 200, Duration.ofSeconds(30), clock)) {
            write(output, 0, 7);
            assertFalse(output.due());
            clock.now = clock.now.plusSeconds(30);
            assertTrue(output.due(), "old enough");
            output.flush();
            for (long offset = 8; offset < 12; offset++) {
                write(output, 0, offset);
            }
            assertTrue(output.due(), "large enough");
            write(output, 2, 100);
            output.flush();
            assertFalse(output.due());

            List<String> names = FileOutput.segments(out.resolve("eventwire-articles")).stream()
                    .map(path -> path.getFileName().toString()).toList();
            assertEquals(List.of(new SegmentName(1, TOPIC, 0, 7, 7).fileName(),
                    new SegmentName(2, TOPIC, 0, 8, 11).fileName(),
                    new SegmentName(3, TOPIC, 2, 100, 100).fileName()), names);
            assertEquals(Map.of(new TopicPartition(TOPIC, 0), 12L, new TopicPartition(TOPIC, 2), 101L),
                    output.durablePositions(Set.of(new TopicPartition(TOPIC, 0), new TopicPartition(TOPIC, 1),
                            new TopicPartition(TOPIC, 2))));
        }
    }

    @Test
    void unfinishedFilesAreDiscardedAndTheNextSinkContinuesTheSequence(@TempDir Path out) throws Exception {
        try (FileOutput output = new FileOutput(out, LAYOUT, 1 << 20, Duration.ofSeconds(30), Clock.systemUTC())) {
            write(output, 0, 1);
            output.flush();
            write(output, 0, 2);
        }
        Path dir = out.resolve("eventwire-articles");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "the unfinished file is gone");
        }
        try (FileOutput output = new FileOutput(out, LAYOUT, 1 << 20, Duration.ofSeconds(30), Clock.systemUTC())) {
            write(output, 0, 2);
            output.flush();
        }
        assertEquals(2L, SegmentName.parse(FileOutput.segments(dir).get(1).getFileName().toString()).orElseThrow()
                .sequence());
    }

    @Test
    void oneSinkPerFolder(@TempDir Path out) {
        try (FileOutput first = new FileOutput(out, LAYOUT, 1 << 20, Duration.ofSeconds(30), Clock.systemUTC())) {
            assertThrows(IllegalStateException.class,
                    () -> new FileOutput(out, LAYOUT, 1 << 20, Duration.ofSeconds(30), Clock.systemUTC()));
        }
        new FileOutput(out, LAYOUT, 1 << 20, Duration.ofSeconds(30), Clock.systemUTC()).close();
    }
}
