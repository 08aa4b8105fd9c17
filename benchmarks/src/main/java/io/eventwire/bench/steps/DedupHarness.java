package io.eventwire.bench.steps;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.files.Directories;
import io.eventwire.processor.dedup.DedupConfig;
import io.eventwire.processor.dedup.DedupVerdict;
import io.eventwire.processor.dedup.Deduplicator;
import io.eventwire.processor.dedup.FingerprintedArticle;
import io.eventwire.processor.topology.ProcessorSettings;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.InternalFixedKeyRecordFactory;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.StoreBuilder;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The dedup processor outside Kafka: the real {@link Deduplicator} on its real RocksDB stores with the
 * pipeline's options (without changelogs or caches, which are the framework's cost, not the step's), called
 * directly on one thread.
 * Its punctuation (the purge) is not scheduled: a benchmark never runs past the retention.
 */
public final class DedupHarness implements AutoCloseable {

    private final Path stateDir;
    private final Map<String, StateStore> stores = new HashMap<>();
    private final Deduplicator deduplicator;
    private final Context context = new Context();

    public DedupHarness(DedupConfig config) {
        this(config, new ProcessorSettings(Settings.of(Map.of())));
    }

    /** @param settings the processor settings whose store options (memory budget, lookup tuning) to use */
    public DedupHarness(DedupConfig config, ProcessorSettings settings) {
        try {
            this.stateDir = Files.createTempDirectory("eventwire-bench-dedup-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench-dedup");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.putAll(settings.storeProperties());
        MockProcessorContext<String, DedupVerdict> mock = new MockProcessorContext<>(props, new TaskId(0, 0),
                stateDir.toFile());
        for (StoreBuilder<?> builder : Deduplicator.storeBuilders(config)) {
            StateStore store = builder.withLoggingDisabled().withCachingDisabled().build();
            store.init(mock.getStateStoreContext(), store);
            stores.put(store.name(), store);
        }
        deduplicator = new Deduplicator(config);
        deduplicator.init(context);
    }

    /** The verdict on {@code article}, judged at record time {@code timestamp}. */
    public DedupVerdict judge(FingerprintedArticle article, long timestamp) {
        context.verdict = null;
        deduplicator.process(InternalFixedKeyRecordFactory.create(new Record<>(article.article().id(), article,
                timestamp)));
        return context.verdict;
    }

    /** Bytes in the stores' directory now, after a flush of their memtables. */
    public long stateBytes() {
        stores.values().forEach(StateStore::flush);
        try (Stream<Path> files = Files.walk(stateDir)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        deduplicator.close();
        stores.values().forEach(StateStore::close);
        Directories.deleteQuietly(stateDir);
    }

    /** Just what the processor uses: its stores, forward, and a schedule that never fires. */
    private final class Context implements FixedKeyProcessorContext<String, DedupVerdict> {
        private DedupVerdict verdict;

        @Override
        public <K extends String, V extends DedupVerdict> void forward(FixedKeyRecord<K, V> record) {
            verdict = record.value();
        }

        @Override
        public <K extends String, V extends DedupVerdict> void forward(FixedKeyRecord<K, V> record, String childName) {
            verdict = record.value();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <S extends StateStore> S getStateStore(String name) {
            return (S) stores.get(name);
        }

        @Override
        public Cancellable schedule(Duration interval, PunctuationType type, Punctuator callback) {
            return () -> { };
        }

        @Override
        public Cancellable schedule(Instant startTime, Duration interval, PunctuationType type, Punctuator callback) {
            return () -> { };
        }

        @Override
        public String applicationId() {
            return "bench-dedup";
        }

        @Override
        public TaskId taskId() {
            return new TaskId(0, 0);
        }

        @Override
        public Optional<RecordMetadata> recordMetadata() {
            return Optional.empty();
        }

        @Override
        public Serde<?> keySerde() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Serde<?> valueSerde() {
            throw new UnsupportedOperationException();
        }

        @Override
        public File stateDir() {
            return stateDir.toFile();
        }

        @Override
        public StreamsMetrics metrics() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void commit() {
        }

        @Override
        public Map<String, Object> appConfigs() {
            return Map.of();
        }

        @Override
        public Map<String, Object> appConfigsWithPrefix(String prefix) {
            return Map.of();
        }

        @Override
        public long currentSystemTimeMs() {
            return System.currentTimeMillis();
        }

        @Override
        public long currentStreamTimeMs() {
            return System.currentTimeMillis();
        }
    }
}
