package io.eventwire.processor.topology;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.topic.TopicSpec;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.processor.dlq.DeadLetterDeserializationHandler;
import io.eventwire.processor.dlq.DeadLetterProcessingHandler;
import io.eventwire.processor.dlq.DeadLetterProductionHandler;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The processor's settings and the Kafka Streams properties they make. Keys (defaults in brackets):
 * {@code bootstrap.servers}, {@code application.id} [eventwire-processor], {@code topic.prefix} [],
 * {@code state.dir} [tmp/eventwire-streams], {@code num.stream.threads} [1], {@code max.body.chars} [5 Mi],
 * {@code dedup.retention.days} [30], {@code gazetteer.files} [], {@code rocksdb.memory.mb} [0: each store keeps Kafka
 * Streams' defaults; a size puts the state stores' memory outside the heap, all stores together, under it]; any {@code kafka.*} key passes through to the clients (security…).
 */
public record ProcessorSettings(Settings settings) {

    public static final String DEFAULT_APPLICATION_ID = "eventwire-processor";
    /** The crawler refuses bodies over 5 MiB; the processor's limit matches, in characters. */
    public static final int DEFAULT_MAX_BODY_CHARS = 5 * 1024 * 1024;
    /** The DLQ topic accepts 16 MiB values; the producer must be allowed to send them. */
    private static final int MAX_REQUEST_BYTES = TopicSpec.DLQ_MAX_MESSAGE_BYTES + 64 * 1024;
    /**
     * Producer batch size. Kafka's default of 16 KiB holds one article (news.raw, dedup-input and news.articles
     * values are 3–30 KB), so every such record was a batch of its own: compressed with a fresh zstd context,
     * validated, appended and acknowledged alone. 256 KiB lets a commit interval's records share batches:
     * measured on the embedded broker, a consumer → producer copy of corpus records went from 0.72–1.31 to
     * 0.19–0.28 ms CPU per record, and the topology's Kafka path (compute memoized) from ~4.4 to ~3.4 ms CPU per
     * article (BENCHMARKS.md). Each partition being written takes its batch from the producer's 32 MiB buffer.
     */
    public static final int PRODUCER_BATCH_BYTES = 256 * 1024;
    /**
     * Exactly-once commit interval. A read_committed reader sees an output only once its transaction commits, and
     * an event passes three transactions in turn (news.raw → dedup-input → news.articles → events.*), each
     * committed up to this long after its records were processed: Kafka's 100 ms under exactly-once made most of
     * an event's latency. Measured with {@code eventwire bench --only latency|saturation --compare
     * kafka.commit.interval.ms=25} (2026-11-21, 4,000 articles, 3 passes each, in alternation in one run): at 200
     * articles/s event p50 167 → 107 ms and p99 300 → 258 ms (medians), for 0.35 ms more CPU per article (the
     * broker's markers and offset commits); at saturation 0.98× the CPU per article (1.02× without the JIT's) and
     * the same rate. 50 ms was chosen earlier from runs taken at different times, which put the cost at 15 %.
     */
    public static final int COMMIT_INTERVAL_MS = 25;
    /**
     * Producer compression. Most of what the processor writes is its own traffic (the dedup-input repartition,
     * changelogs, the consolidation repartitions) and events: lz4 compresses and decompresses at a fraction of
     * zstd's CPU. The topics whose size matters downstream (news.articles, news.dlq) keep zstd at the topic level,
     * so the broker recompresses those. Measured with {@code eventwire bench --only saturation --compare
     * kafka.producer.compression.type=lz4} (2 runs, 3 passes each): 0.874× and 0.856× the CPU per article (0.92×
     * without the JIT's), 10–16 % more articles per second. With 25 ms commits, against zstd and 50 ms (one run,
     * 3 passes each): 1.03× the CPU per article at saturation (1.02× without the JIT's), the same rate; at 200
     * articles/s event p50 161 → 95 ms, p99 308 → 214 ms, for 0.6 ms more CPU per article, mostly the broker's.
     */
    public static final String PRODUCER_COMPRESSION = "lz4";
    /**
     * The state stores' memory outside the heap, all of them together ({@link BoundedStoreMemory}); 0, the default,
     * leaves each store Kafka Streams' own. Off by default for what the bound costs at 256 MB: the whole pipeline
     * spent 4.47 against 3.78 ms of CPU per article at saturation ({@code bench --only saturation --articles 6000
     * --repeat 3 --compare rocksdb.memory.mb=0}, 2026-11-22 10:39: medians of 3 alternated passes, the defaults
     * cheaper in every pair; 0.91x without the JIT's CPU). Of that, 0.2 ms is in the stream threads, which read
     * each index and filter block through the shared cache (the dedup step alone: 0.342 against 0.326 ms), and
     * 0.15 ms in the process's other threads, where RocksDB flushes (all memtables share a quarter of the budget,
     * so they flush sooner). An operator who needs the bound, with many partitions or a state whose index and
     * filter blocks outgrow memory, sets it.
     */
    public static final long DEFAULT_STORE_MEMORY_MB = 0;
    /**
     * Producer retry backoff. Under transactions v2 the broker answers CONCURRENT_TRANSACTIONS to a write that
     * follows a commit before that commit's markers are written (beyond its own 100 ms of retries), and the
     * producer waits retry.backoff.ms, 100 ms by default and doubling, before it writes again; with frequent
     * commits that wait lands in the tail. 20 ms is what Kafka chose for the same case before v2 (KAFKA-5477).
     */
    public static final int PRODUCER_RETRY_BACKOFF_MS = 20;

    public Topics topics() {
        return new Topics(settings.getOrDefault("topic.prefix", ""));
    }

    public String applicationId() {
        return settings.getOrDefault("application.id", DEFAULT_APPLICATION_ID);
    }

    public int maxBodyChars() {
        return settings.getInt("max.body.chars", DEFAULT_MAX_BODY_CHARS);
    }

    /** Organisation lists added to the built-in gazetteer: comma-separated CSL (.csv/.json) or FtM (.jsonl). */
    public String gazetteerFiles() {
        return settings.getOrDefault("gazetteer.files", "");
    }

    public int dedupRetentionDays() {
        return settings.getInt("dedup.retention.days", 30);
    }

    public Path stateDir() {
        return Path.of(settings.getOrDefault("state.dir",
                Path.of(System.getProperty("java.io.tmpdir"), "eventwire-streams").toString()));
    }

    /** The state stores' part of the Streams properties: their config setter and its memory budget. */
    public Map<String, String> storeProperties() {
        Map<String, String> props = new HashMap<>();
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, StoreOptions.class.getName());
        long storeMemoryMb = settings.getLong("rocksdb.memory.mb", DEFAULT_STORE_MEMORY_MB);
        if (storeMemoryMb > 0) {
            props.put(BoundedStoreMemory.BUDGET_CONFIG, Long.toString(storeMemoryMb << 20));
        }
        return props;
    }

    public Properties streamsProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, settings.require("bootstrap.servers"));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir().toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.getInt("num.stream.threads", 1));
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, settings.getInt("replication.factor", -1));
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterDeserializationHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class.getName());
        props.put("eventwire.dlq.topic", topics().deadLetters());
        props.putAll(storeProperties());
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), PRODUCER_COMPRESSION);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_REQUEST_BYTES);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), PRODUCER_BATCH_BYTES);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG), PRODUCER_RETRY_BACKOFF_MS);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), MAX_REQUEST_BYTES);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), 4 * MAX_REQUEST_BYTES);
        Map<String, String> passThrough = settings.withPrefix("kafka.");
        props.putAll(passThrough);
        return props;
    }
}
