package io.eventwire.sink.consume;

import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.sink.Samples;
import io.eventwire.sink.SinkSummary;
import io.eventwire.sink.document.DocumentMapper;
import io.eventwire.sink.document.IndexLayout;
import io.eventwire.sink.files.FileOutput;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The sink's output, byte for byte: a fixed set of records (ordinary documents, every {@code @timestamp} rule,
 * pretty-printed and odd values, keys needing escapes, tombstones, records that must become dead letters) goes
 * through the real loop, mapper and file output, rotating files as it goes; the files, the dead letters and the
 * committed offsets must be exactly what {@code golden-output.txt} holds. A change meant to make the sink faster
 * must leave this file alone.
 *
 * <p>To accept an intended change of output, run once with {@code -Deventwire.golden.update=true}: the test
 * rewrites the file under {@code src/test/resources} and fails, so that an update is never a silent pass.
 */
class GoldenOutputTest {

    private static final String GOLDEN = "golden-output.txt";
    private static final Topics TOPICS = new Topics("t.");
    private static final IndexLayout LAYOUT = new IndexLayout(TOPICS, "eventwire-", true);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    /** Small enough that the articles' partitions rotate several times within the run. */
    private static final long MAX_FILE_BYTES = 2_000;

    /** One mapping thread, and more threads than most polls have chunks, must write the very same bytes. */
    @ParameterizedTest(name = "{0} mapping thread(s)")
    @ValueSource(ints = {1, 3})
    void theFilesDeadLettersAndCommitsForAFixedSetOfRecordsAreTheGoldenBytes(int mappingThreads, @TempDir Path out)
            throws IOException {
        String actual = run(out, records(), mappingThreads);
        Path golden = Path.of("src/test/resources/io/eventwire/sink/consume", GOLDEN);
        if (Boolean.getBoolean("eventwire.golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            fail("golden output rewritten to " + golden.toAbsolutePath() + "; review the diff, then run again without "
                    + "-Deventwire.golden.update");
        }
        try (var in = GoldenOutputTest.class.getResourceAsStream(GOLDEN)) {
            if (in == null) {
                fail("no " + GOLDEN + " beside this test: create it with -Deventwire.golden.update=true");
            }
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual);
        }
    }

    private static String run(Path out, List<ConsumerRecord<byte[], byte[]>> records, int mappingThreads)
            throws IOException {
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
        // Polls that end mid-partition, as real ones do.
        consumer.setMaxPollRecords(7);
        MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
                new ByteArraySerializer());
        Map<TopicPartition, Long> ends = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            ends.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
        }
        Map<TopicPartition, Long> beginnings = new HashMap<>();
        ends.keySet().forEach(partition -> beginnings.put(partition, 0L));
        try (FileOutput output = new FileOutput(out, LAYOUT, MAX_FILE_BYTES, Duration.ofSeconds(30), CLOCK);
             ParallelMapper mapper = new ParallelMapper(() -> new DocumentMapper(LAYOUT, CLOCK), mappingThreads)) {
            SinkLoop loop = new SinkLoop(consumer, mapper, output,
                    new DeadLetters(producer, TOPICS.deadLetters(), CLOCK), consumer::commitSync, false, CLOCK);
            loop.subscribe(LAYOUT.topics());
            consumer.schedulePollTask(() -> {
                consumer.rebalance(ends.keySet());
                consumer.updateBeginningOffsets(beginnings);
                consumer.updateEndOffsets(ends);
                records.forEach(consumer::addRecord);
            });
            SinkSummary summary = loop.run(new SinkLoop.Until.CaughtUp());
            return describe(out, producer.history(), consumer.committed(ends.keySet()), summary);
        }
    }

    /** Every finished file with its content, then the dead letters, the commits and the summary, in a fixed order. */
    private static String describe(Path out, List<ProducerRecord<byte[], byte[]>> deadLetters,
                                   Map<TopicPartition, OffsetAndMetadata> committed, SinkSummary summary)
            throws IOException {
        StringBuilder text = new StringBuilder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(out.resolve(FileOutput.TEMPLATES_DIR)))
                    .filter(file -> !file.getFileName().toString().equals(".sink.lock"))
                    .sorted().toList();
        }
        for (Path file : files) {
            text.append("=== file ").append(out.relativize(file).toString().replace('\\', '/')).append('\n');
            text.append(Files.readString(file, StandardCharsets.UTF_8));
        }
        for (ProducerRecord<byte[], byte[]> letter : deadLetters) {
            text.append("=== dead letter to ").append(letter.topic()).append(", key ")
                    .append(letter.key() == null ? "null" : new String(letter.key(), StandardCharsets.UTF_8))
                    .append('\n').append(new String(letter.value(), StandardCharsets.UTF_8)).append('\n');
        }
        text.append("=== committed\n");
        new TreeMap<>(toStrings(committed)).forEach((partition, offset) ->
                text.append(partition).append(" -> ").append(offset).append('\n'));
        text.append("=== summary\n").append(summary).append('\n');
        return text.toString();
    }

    private static Map<String, Long> toStrings(Map<TopicPartition, OffsetAndMetadata> committed) {
        Map<String, Long> out = new HashMap<>();
        committed.forEach((partition, offset) -> out.put(partition.toString(), offset == null ? null : offset.offset()));
        return out;
    }

    // ---- the records

    private static List<ConsumerRecord<byte[], byte[]>> records() {
        Partition articles0 = new Partition(TOPICS.articles(), 0);
        articles0.add("article-1", Json.toBytes(Samples.article(1)));
        articles0.add("article-2", Json.toBytes(Samples.article(2)));
        // Pretty-printed, with CRLF, a lone CR and a trailing newline: parsed and written again on one line.
        articles0.add("pretty", "{\r\n  \"title\" : \"two\\nlines\",\r  \"publishedAt\" : \"2020-02-02T10:00:00+01:00\"\n}\n");
        articles0.add("trailing-newline", "{\"a\":1}\n");
        articles0.add("own-timestamp", "{\"@timestamp\":\"1999-01-01T00:00:00Z\",\"publishedAt\":\"2020-02-02T00:00:00Z\"}");
        articles0.add("nested-timestamp", "{\"x\":{\"@timestamp\":\"kept as it is\",\"publishedAt\":\"not used\"}}");
        articles0.tombstone("article-1");
        articles0.add("empty", "{}");
        articles0.add("no-timestamp-at-all", "{}", -1L);
        articles0.add("spaces", "  {\"publishedAt\":\" 2020-01-01 \",\"n\":-1.50e+3}  ");
        articles0.add("not-json", "{oops");
        articles0.add("array", "[1]");
        articles0.add("two-objects", "{} {}");
        articles0.add(null, "{\"id\":\"no key\"}");
        articles0.add("k".repeat(513), "{}");
        articles0.add("bad-utf8", new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, '(', '"', '}'});
        articles0.add("control-char", "{\"t\":\"tab\there\"}");
        articles0.add("escapes", "{\"t\":\"a\\\"b\\\\c\\u00e9\\n\\u2028 \u2028 \uD83D\uDE00\","
                + "\"publishedAt\":\"2021-03-04T05:06:07.123456789Z\"}");
        articles0.add("id \"quoted\" \\ back\u0001slash", "{\"publishedAt\":\"2021-03-04T05:06:07\"}");
        articles0.add("文章-1", "{\"publishedAt\":\"2021-03-04T05:06:07.5+05:30\"}");
        articles0.add(new byte[] {(byte) 0xFF, 'A'}, "{\"publishedAt\":\"2021-03-04\"}".getBytes(StandardCharsets.UTF_8),
                5L);
        articles0.add("leap-second", "{\"publishedAt\":\"2016-12-31T23:59:60Z\"}");
        articles0.add("far-future", "{\"publishedAt\":\"+10000-01-01T00:00:00Z\"}");
        articles0.add("trailing-zeros", "{\"publishedAt\":\"2021-03-04T05:06:07.100Z\"}");
        articles0.add("minus-zero", "{\"publishedAt\":\"2021-03-04T05:06:07-00:00\"}");
        articles0.add("number-date", "{\"publishedAt\":20210304,\"fetchedAt\":\"2022-01-01T00:00:00Z\"}");
        articles0.add("not-a-date", "{\"publishedAt\":\"yesterday\",\"fetchedAt\":\"2022-01-01T00:00:00.000+00:00\"}");
        articles0.add("twice", "{\"publishedAt\":\"2001-01-01T00:00:00Z\",\"publishedAt\":\"2002-02-02T00:00:00Z\"}");
        articles0.add("null-date", "{\"publishedAt\":null,\"fetchedAt\":null}");
        Partition articles1 = new Partition(TOPICS.articles(), 1);
        for (int n = 3; n <= 10; n++) {
            articles1.add("article-" + n, Json.toBytes(Samples.article(n)));
        }
        Partition sanctions = new Partition(TOPICS.sanctions(), 0);
        sanctions.add("sanction-1", Json.toBytes(Samples.sanction(1)));
        sanctions.tombstone("sanction-0");
        Partition market = new Partition(TOPICS.market(), 2);
        market.add("market-1", Json.toBytes(Samples.market(1)));
        Partition consolidated = new Partition(TOPICS.consolidated(), 0);
        consolidated.add("key-1", Json.toBytes(Samples.consolidated(1)));
        consolidated.add("key-2", "{\"firstSeen\":null,\"lastSeen\":\"2019-10-09T08:00:00Z\"}");
        Partition letters = new Partition(TOPICS.deadLetters(), 0);
        letters.add("article-9", "{\"stage\":\"normalize\",\"failedAt\":\"2024-01-01T00:00:00Z\"}");
        letters.add(null, "{\"stage\":\"crawl\"}");
        // A dead letter the sink cannot index is counted and left where it is, never sent back to news.dlq.
        letters.add("broken-letter", "not json");
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
        Stream.of(articles0, articles1, sanctions, market, consolidated, letters).forEach(p -> all.addAll(p.records));
        return all;
    }

    /** The records of one topic-partition, at consecutive offsets, each with a timestamp of its own. */
    private static final class Partition {
        private final String topic;
        private final int partition;
        private final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();

        Partition(String topic, int partition) {
            this.topic = topic;
            this.partition = partition;
        }

        void add(String key, String value) {
            add(key, value.getBytes(StandardCharsets.UTF_8));
        }

        void add(String key, String value, long timestamp) {
            add(key == null ? null : key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8),
                    timestamp);
        }

        void add(String key, byte[] value) {
            add(key == null ? null : key.getBytes(StandardCharsets.UTF_8), value,
                    1_700_000_000_000L + records.size() * 1_000L);
        }

        void tombstone(String key) {
            add(key.getBytes(StandardCharsets.UTF_8), null, 1_700_000_000_000L);
        }

        void add(byte[] key, byte[] value, long timestamp) {
            records.add(new ConsumerRecord<>(topic, partition, records.size(), timestamp,
                    timestamp < 0 ? TimestampType.NO_TIMESTAMP_TYPE : TimestampType.CREATE_TIME, -1, -1, key, value,
                    new RecordHeaders(), Optional.empty()));
        }
    }
}
