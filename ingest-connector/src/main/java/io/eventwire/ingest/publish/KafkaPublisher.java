package io.eventwire.ingest.publish;

import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicSpec;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.ingest.crawl.CrawlStats;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The plain runner's output: articles to {@code news.raw}, refusals to {@code news.dlq}, and, once an
 * article is acknowledged, its {@link PageState} to the compacted state topic. Idempotent ({@code acks=all}),
 * zstd-compressed. A crash between an article's acknowledgement and its state entry publishes that one page
 * again after restart (at least once); an unchanged page is never published twice otherwise.
 */
public final class KafkaPublisher implements Publisher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaPublisher.class);

    private final KafkaProducer<String, byte[]> producer;
    private final Topics topics;
    private final StateTopic state;
    private final Queue<Publication> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<Runnable> tooLarge = new ConcurrentLinkedQueue<>();

    public KafkaPublisher(Map<String, Object> clientConfig, Topics topics, StateTopic state) {
        this.producer = new KafkaProducer<>(producerConfig(clientConfig), new StringSerializer(),
                new ByteArraySerializer());
        this.topics = topics;
        this.state = state;
    }

    static Map<String, Object> producerConfig(Map<String, Object> clientConfig) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "20");
        // The crawler checks each record against news.raw's limit itself; the client must not refuse
        // first at its 1 MiB default. Dead letters may be as large as the DLQ topic allows.
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(TopicSpec.DLQ_MAX_MESSAGE_BYTES));
        config.putIfAbsent(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(64L * 1024 * 1024));
        return config;
    }

    @Override
    public void publish(Publication publication, CrawlStats stats) {
        sendFollowUps();
        producer.send(new ProducerRecord<>(topics.raw(), publication.key(), publication.value()),
                (metadata, error) -> {
                    if (error == null) {
                        stats.published();
                        state.remember(publication.stateKey(), publication.state());
                        acknowledged.add(publication);
                    } else if (error instanceof RecordTooLargeException) {
                        tooLarge.add(() -> deadLetter(publication.key(), DeadLetters.refused(publication.key(),
                                "RecordTooLarge", "the broker refused a record of " + publication.value().length
                                        + " bytes: " + error.getMessage()), stats));
                        stats.skipped("too-large");
                    } else {
                        LOG.error("Cannot publish {}: {}", publication.key(), error.toString());
                        stats.skipped("publish-failed");
                    }
                });
    }

    @Override
    public void deadLetter(String key, DeadLetter letter, CrawlStats stats) {
        producer.send(new ProducerRecord<>(topics.deadLetters(), key, Json.toBytes(letter)), (metadata, error) -> {
            if (error == null) {
                stats.deadLettered();
            } else {
                LOG.error("Cannot write the dead letter of {}: {}", key, error.toString());
            }
        });
    }

    @Override
    public void flush() {
        producer.flush();
        sendFollowUps();
        producer.flush();
    }

    private void sendFollowUps() {
        sendStates();
        Runnable letter;
        while ((letter = tooLarge.poll()) != null) {
            letter.run();
        }
    }

    /**
     * The state entries of acknowledged articles. Sent from the caller's thread, never from a producer
     * callback: a send there may wait for metadata that only the callback's own I/O thread can fetch.
     */
    private void sendStates() {
        Publication done;
        while ((done = acknowledged.poll()) != null) {
            String key = done.stateKey();
            producer.send(new ProducerRecord<>(topics.crawlState(), key, Json.toBytes(done.state())),
                    (metadata, error) -> {
                        if (error != null) {
                            LOG.error("Cannot remember {} in the crawl state: {}", key, error.toString());
                        }
                    });
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
