package io.eventwire.bench.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the pipeline's outputs as a downstream consumer sees them (read_committed: only what the
 * exactly-once transactions committed) and notes when each arrives. Every raw record ends in exactly one
 * verdict record (news.articles, news.duplicates or news.dlq); events are counted apart, and consolidated
 * events only mark the time of the last output. Where the send
 * time of each article is known, it records each output's latency: arrival minus the raw record's time, the
 * lead-in's (see {@link OfferedRate}) apart from the rest.
 */
final class OutputWatcher implements AutoCloseable {

    private final Topics topics;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final SendTimes sendTimes;
    private final Thread thread;
    private final AtomicLong verdicts = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final Latencies verdictLatencies = new Latencies();
    private final Latencies eventLatencies = new Latencies();
    private volatile long lastOutputNanos;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    /** @param sendTimes when each article's raw record was sent; empty when latency is not measured */
    OutputWatcher(String bootstrapServers, Topics topics, SendTimes sendTimes) {
        this.topics = topics;
        this.sendTimes = sendTimes;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-watcher-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024 + 64 * 1024,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        consumer.subscribe(List.of(topics.articles(), topics.duplicates(), topics.deadLetters(), topics.sanctions(),
                topics.market(), topics.consolidated()));
        thread = new Thread(this::run, "bench-output-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    long arrived = System.currentTimeMillis();
                    lastOutputNanos = System.nanoTime();
                    String topic = record.topic();
                    if (topic.equals(topics.consolidated())) {
                        continue;
                    }
                    if (topic.equals(topics.sanctions()) || topic.equals(topics.market())) {
                        events.incrementAndGet();
                        latency(articleIdOf(record.value()), arrived, eventLatencies);
                    } else {
                        if (topic.equals(topics.deadLetters())) {
                            deadLetters.incrementAndGet();
                        } else if (record.key() != null) {
                            latency(new String(record.key(), StandardCharsets.UTF_8), arrived, verdictLatencies);
                        }
                        verdicts.incrementAndGet();
                    }
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close();
        }
    }

    private void latency(String articleId, long arrivedMillis, Latencies into) {
        SendTimes.Sent sent = articleId == null ? null : sendTimes.of(articleId);
        if (sent != null) {
            into.of(sent.leadIn()).add(arrivedMillis - sent.millis());
        }
    }

    private static String articleIdOf(byte[] value) {
        try {
            JsonNode id = Json.MAPPER.readTree(value).get("articleId");
            return id == null ? null : id.asText();
        } catch (IOException e) {
            return null;
        }
    }

    long verdicts() {
        return verdicts.get();
    }

    long deadLetters() {
        return deadLetters.get();
    }

    long events() {
        return events.get();
    }

    /** When the last output of any kind arrived: verdict, event or consolidated event. */
    long lastOutputNanos() {
        return lastOutputNanos;
    }

    /** The latencies of the verdicts of the lead-in's articles, or of the others. */
    long[] verdictLatencies(boolean leadIn) {
        return verdictLatencies.of(leadIn).toArray();
    }

    /** The latencies of the events of the lead-in's articles, or of the others. */
    long[] eventLatencies(boolean leadIn) {
        return eventLatencies.of(leadIn).toArray();
    }

    /** Waits until {@code count} verdicts arrived; on timeout returns false (the caller reports what came). */
    boolean awaitVerdicts(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (verdicts.get() < count) {
            if (failure != null) {
                throw new IllegalStateException("the output watcher failed", failure);
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }

    /** When each article's raw record was due, and whether it belongs to the lead-in; written by the sender. */
    static final class SendTimes {

        record Sent(long millis, boolean leadIn) {
        }

        private final Map<String, Sent> byArticleId = new ConcurrentHashMap<>();

        void put(String articleId, long millis, boolean leadIn) {
            byArticleId.put(articleId, new Sent(millis, leadIn));
        }

        Sent of(String articleId) {
            return byArticleId.get(articleId);
        }
    }

    /** One kind of output's latencies: the lead-in's, and the others'. */
    private record Latencies(LongList measured, LongList leadIn) {

        Latencies() {
            this(new LongList(), new LongList());
        }

        LongList of(boolean leadInArticle) {
            return leadInArticle ? leadIn : measured;
        }
    }

    /** A growable list of longs, appended by the watcher thread and read once it has stopped. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        synchronized long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
