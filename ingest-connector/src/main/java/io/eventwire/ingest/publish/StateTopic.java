package io.eventwire.ingest.publish;

import io.eventwire.contracts.serde.InvalidRecordException;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plain runner's memory: the compacted state topic (canonical URL to {@link PageState}), read whole at
 * start and kept in memory; {@link KafkaPublisher} writes each entry after its article is acknowledged.
 */
public final class StateTopic implements CrawlState {

    private static final Logger LOG = LoggerFactory.getLogger(StateTopic.class);

    private final Map<String, PageState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<PageState> lookup(String url) {
        return Optional.ofNullable(states.get(url));
    }

    void remember(String url, PageState state) {
        states.put(url, state);
    }

    public int size() {
        return states.size();
    }

    /** Reads the topic from the beginning to its current end. */
    public static StateTopic load(Map<String, Object> clientConfig, String topic) {
        StateTopic state = new StateTopic();
        Map<String, Object> config = TopicReader.committedReaderConfig(clientConfig);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            TopicReader.readToEnd(consumer, topic, Duration.ofSeconds(30), record -> apply(state, record));
        }
        LOG.info("Crawl state: {} pages remembered from {}", state.size(), topic);
        return state;
    }

    private static void apply(StateTopic state, ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            state.states.remove(record.key());
            return;
        }
        try {
            state.states.put(record.key(), Json.fromBytes(record.value(), PageState.class));
        } catch (InvalidRecordException e) {
            LOG.warn("Crawl state: ignoring an unreadable entry for {}: {}", record.key(), e.getMessage());
        }
    }
}
