package io.eventwire.sink;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.TopicSpec;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.sink.consume.Committer;
import io.eventwire.sink.consume.DeadLetters;
import io.eventwire.sink.consume.Output;
import io.eventwire.sink.consume.ParallelMapper;
import io.eventwire.sink.consume.SinkLoop;
import io.eventwire.sink.consume.StoppedWhileRetrying;
import io.eventwire.sink.document.DocumentMapper;
import io.eventwire.sink.document.IndexLayout;
import io.eventwire.sink.files.FileOutput;
import io.eventwire.sink.index.Backoff;
import io.eventwire.sink.index.BulkIndexer;
import io.eventwire.sink.index.EngineClient;
import io.eventwire.sink.index.EngineSettings;
import io.eventwire.sink.template.IndexTemplates;
import io.eventwire.sink.template.TemplateInstaller;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;

/**
 * {@code eventwire sink}: consumes {@code news.articles}, {@code events.sanctions}, {@code events.market},
 * {@code events.consolidated} (and with {@code include.dlq} {@code news.dlq}) and materializes them as bulk
 * NDJSON files in {@code out.dir} (the default) or, with {@code es.url}, indexes them into Elasticsearch or
 * OpenSearch. Settings (see {@link #DEFAULTS}): {@code bootstrap.servers}, {@code topic.prefix},
 * {@code out.dir}, {@code es.url}, {@code es.username}, {@code es.password}, {@code es.api.key},
 * {@code es.tls.ca.file}, {@code es.tls.insecure}, {@code group.id}, {@code from.beginning}, {@code include.dlq},
 * {@code index.prefix}, {@code mapping.threads}, {@code files.max.bytes}, {@code files.max.age.ms}, {@code es.batch.documents},
 * {@code es.batch.bytes}, {@code es.batch.linger.ms}; {@code kafka.*} (both clients, e.g. security settings, as
 * for the crawler and the processor), then {@code consumer.*} and {@code producer.*} pass through to the Kafka
 * clients.
 *
 * <p>One run method per instance ({@link #run()}, {@link #drain()} or {@link #runUntilIdle(Duration)}), then
 * {@link #close()}.
 */
public final class SinkRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkRunner.class);

    public static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("bootstrap.servers", "localhost:9092"),
            Map.entry("topic.prefix", ""),
            Map.entry("out.dir", "out/sink"),
            Map.entry("group.id", "eventwire-sink"),
            Map.entry("from.beginning", "false"),
            Map.entry("include.dlq", "false"),
            Map.entry("index.prefix", "eventwire-"),
            Map.entry("files.max.bytes", Long.toString(64L * 1024 * 1024)),
            Map.entry("files.max.age.ms", "30000"),
            Map.entry("mapping.threads", "0"),
            Map.entry("create.topics", "true"));

    private final Settings settings;
    private final Topics topics;
    private final IndexLayout layout;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final Output output;
    private final Optional<EngineClient> engine;
    private final ParallelMapper mapper;
    private final SinkLoop loop;

    /** A sink configured by {@code settings} over {@link #DEFAULTS}. */
    public SinkRunner(Settings settings) {
        this(settings, UnaryOperator.identity());
    }

    /** @param commitSeam wraps the offset commit; tests put a simulated crash there */
    SinkRunner(Settings given, UnaryOperator<Committer> commitSeam) {
        Map<String, String> merged = new HashMap<>(DEFAULTS);
        merged.putAll(given.asMap());
        this.settings = Settings.of(merged);
        this.topics = new Topics(settings.getOrDefault("topic.prefix", ""));
        this.layout = new IndexLayout(topics, settings.require("index.prefix"),
                settings.getBoolean("include.dlq", false));
        String bootstrap = settings.require("bootstrap.servers");
        if (settings.getBoolean("create.topics", true)) {
            createTopics(bootstrap);
        }
        Clock clock = Clock.systemUTC();
        Optional<EngineSettings> engineSettings = settings.get("es.url").map(url -> EngineSettings.from(settings));
        Backoff backoff = engineSettings
                .map(engine -> new Backoff(engine.backoffInitial(), engine.backoffMax(), stopped))
                .orElse(null);
        this.engine = engineSettings.map(engine -> new EngineClient(engine, backoff));
        this.output = engineSettings.<Output>map(engine -> new BulkIndexer(this.engine.orElseThrow(), engine, backoff,
                        clock))
                .orElseGet(() -> new FileOutput(Path.of(settings.require("out.dir")), layout,
                        settings.getLong("files.max.bytes", 64L * 1024 * 1024),
                        Duration.ofMillis(settings.getLong("files.max.age.ms", 30_000)), clock));
        this.consumer = new KafkaConsumer<>(consumerConfig(bootstrap, engineSettings.isPresent()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.producer = new KafkaProducer<>(producerConfig(bootstrap), new ByteArraySerializer(),
                new ByteArraySerializer());
        Committer commit = consumer::commitSync;
        this.mapper = new ParallelMapper(() -> new DocumentMapper(layout, clock), mappingThreads());
        this.loop = new SinkLoop(consumer, mapper, output,
                new DeadLetters(producer, topics.deadLetters(), clock), commitSeam.apply(commit),
                settings.getBoolean("from.beginning", false), clock);
        LOG.info("sink: {} -> {}", layout.topics(), engineSettings.map(Object::toString)
                .orElse("files in " + Path.of(settings.require("out.dir")).toAbsolutePath()));
    }

    /** {@code mapping.threads}, where 0 (the default) means one per core. */
    private int mappingThreads() {
        int threads = settings.getInt("mapping.threads", 0);
        if (threads < 0) {
            throw new IllegalArgumentException("mapping.threads must be 0 (one per core) or more: " + threads);
        }
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    private void createTopics(String bootstrap) {
        Set<String> needed = new HashSet<>(layout.topics());
        needed.add(topics.deadLetters());
        List<TopicSpec> specs = topics.all().stream().filter(spec -> needed.contains(spec.name())).toList();
        TopicCreator.createMissing(bootstrap, specs);
    }

    private Map<String, Object> consumerConfig(String bootstrap, boolean engineMode) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.require("group.id"));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // The stream processor writes in transactions: never index what it aborted.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        if (engineMode) {
            // A bulk request is retried in the polling thread while the engine is down; give the wait room before
            // the group moves the partitions away (which would only cause re-reads, never loss).
            config.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, Integer.toString(30 * 60 * 1000));
        }
        config.putAll(settings.withPrefix("kafka."));
        config.putAll(settings.withPrefix("consumer."));
        return config;
    }

    private Map<String, Object> producerConfig(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.putAll(settings.withPrefix("kafka."));
        config.putAll(settings.withPrefix("producer."));
        return config;
    }

    /** Runs until {@link #stop()}; then flushes and commits what was read. */
    public SinkSummary run() {
        return start(new SinkLoop.Until.Stopped());
    }

    /** Consumes until caught up with the end offsets seen at start, flushes, commits; returns what it did. */
    public SinkSummary drain() {
        return start(new SinkLoop.Until.CaughtUp());
    }

    /** Consumes until caught up and nothing new arrived for {@code idle}, flushes, commits. */
    public SinkSummary runUntilIdle(Duration idle) {
        return start(new SinkLoop.Until.Idle(idle));
    }

    private SinkSummary start(SinkLoop.Until until) {
        try {
            engine.ifPresent(client -> TemplateInstaller.install(client, IndexTemplates.all(layout)));
        } catch (StoppedWhileRetrying e) {
            return loop.summary();
        }
        loop.subscribe(layout.topics());
        SinkSummary summary = loop.run(until);
        LOG.info("sink done: {}", summary);
        return summary;
    }

    /** Asks the running sink to flush, commit and return; callable from any thread (a shutdown hook). */
    public void stop() {
        stopped.countDown();
        loop.stop();
    }

    public IndexLayout layout() {
        return layout;
    }

    /** Closes the clients; what was not flushed was not committed and is read again by the next run. */
    @Override
    public void close() {
        mapper.close();
        output.close();
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
        producer.close(Duration.ofSeconds(5));
    }
}
