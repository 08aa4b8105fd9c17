package io.eventwire.sink.consume;

import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.serde.Json;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Sends the records the sink cannot index to {@code news.dlq} (stage {@code index}, with the engine's or the
 * mapper's reason and the original bytes), so the sink goes on and nothing accepted is lost.
 *
 * <p>A dead letter the sink read from {@code news.dlq} itself and could not index is logged and counted, not
 * sent back: that would feed the sink its own failure forever. It stays on the topic, where it came from.
 */
public final class DeadLetters {

    public static final String STAGE = "index";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final Clock clock;
    private final List<Future<RecordMetadata>> inFlight = new ArrayList<>();
    private long sent;
    private long unroutable;

    public DeadLetters(Producer<byte[], byte[]> producer, String topic, Clock clock) {
        this.producer = producer;
        this.topic = topic;
        this.clock = clock;
    }

    public void send(ConsumerRecord<byte[], byte[]> record, String errorClass, String message) {
        if (record.topic().equals(topic)) {
            unroutable++;
            LOG.error("dead letter {}-{}@{} cannot be indexed ({}: {}); it stays on {}", record.topic(),
                    record.partition(), record.offset(), errorClass, message, topic);
            return;
        }
        DeadLetter letter = DeadLetter.of(STAGE, errorClass, message, record.topic(), record.partition(),
                record.offset(), record.key(), record.value(), clock.instant());
        LOG.warn("{}-{}@{} goes to {}: {}: {}", record.topic(), record.partition(), record.offset(), topic, errorClass,
                message);
        inFlight.add(producer.send(new ProducerRecord<>(topic, record.key(), Json.toBytes(letter))));
        sent++;
    }

    /** Waits until every dead letter sent is acknowledged; throws if one was not, so no offset is committed. */
    public void flush() {
        if (inFlight.isEmpty()) {
            return;
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> future : inFlight) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write a dead letter to " + topic + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing dead letters", e);
        } finally {
            inFlight.clear();
        }
    }

    public long sent() {
        return sent;
    }

    public long unroutable() {
        return unroutable;
    }
}
