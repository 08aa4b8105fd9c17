package io.eventwire.processor.dlq;

import io.eventwire.contracts.record.DeadLetter;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * What the three exception handlers share: the DLQ topic from the Streams config, and one log line per
 * dead letter that names the record and the cause.
 */
final class DeadLetterRouting {

    /** The Streams config key that names the dead-letter topic. */
    static final String TOPIC_CONFIG = "eventwire.dlq.topic";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRouting.class);

    private String topic = "news.dlq";

    void configure(Map<String, ?> configs) {
        Object configured = configs.get(TOPIC_CONFIG);
        if (configured != null) {
            topic = configured.toString();
        }
    }

    List<ProducerRecord<byte[], byte[]>> route(String stage, Throwable error, ErrorHandlerContext context) {
        DeadLetter letter = DeadLetters.of(stage, error, context);
        LOG.warn("Dead letter at {}: {}-{}@{} ({}): {}", stage, context.topic(), context.partition(),
                context.offset(), letter.errorClass(), letter.errorMessage());
        return List.of(DeadLetters.toRecord(topic, letter, context.sourceRawKey()));
    }
}
