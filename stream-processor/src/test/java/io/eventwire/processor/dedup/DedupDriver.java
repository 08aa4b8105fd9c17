package io.eventwire.processor.dedup;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.serde.JsonSerde;
import io.eventwire.contracts.serde.Serdes;
import io.eventwire.processor.topology.ProcessorSettings;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

/**
 * The dedup steps alone in a topology, on a {@link TopologyTestDriver}, as the pipeline runs them: the
 * {@link ArticleFingerprinter}, then the {@link Deduplicator} on stores with the pipeline's RocksDB options;
 * one article in, one verdict out.
 */
final class DedupDriver implements AutoCloseable {

    private static final org.apache.kafka.common.serialization.Serde<String> KEYS =
            org.apache.kafka.common.serialization.Serdes.String();

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, Article> in;
    private final TestOutputTopic<String, DedupVerdict> out;

    DedupDriver(DedupConfig config, Path stateDir) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(KEYS, Serdes.article()))
                .mapValues(new ArticleFingerprinter(config)::fingerprint)
                .processValues(Deduplicator.supplier(config))
                .to("out", Produced.with(KEYS, JsonSerde.of(DedupVerdict.class)));
        Properties props = new Properties();
        props.put("application.id", "dedup-test");
        props.put("bootstrap.servers", "unused:9092");
        props.put("state.dir", stateDir.toString());
        props.putAll(new ProcessorSettings(Settings.of(Map.of())).storeProperties());
        driver = new TopologyTestDriver(builder.build(), props);
        in = driver.createInputTopic("in", new StringSerializer(), Serdes.article().serializer());
        out = driver.createOutputTopic("out", new StringDeserializer(), JsonSerde.of(DedupVerdict.class).deserializer());
    }

    static Article article(String id, String url, String text) {
        return new Article(Article.SCHEMA, id, url, url, "test", "Headline of " + id, null, null, null, null, null,
                text, null, null, "test");
    }

    /** Sends an article keyed by its id with record time {@code at}; the verdict it gets. */
    DedupVerdict send(Article article, Instant at) {
        in.pipeInput(article.id(), article, at);
        return out.readValue();
    }

    <V> KeyValueStore<String, V> store(String name) {
        return driver.getKeyValueStore(name);
    }

    @Override
    public void close() {
        driver.close();
    }
}
