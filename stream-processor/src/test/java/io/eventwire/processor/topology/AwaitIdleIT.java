package io.eventwire.processor.topology;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.testkit.KafkaBackend;
import io.eventwire.testkit.KafkaBackends;
import io.eventwire.testkit.Records;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A record written to an input in a transaction that is still open is invisible to the processor, whose lag
 * is then 0: the processor is not idle until that transaction ends and the record is processed.
 */
class AwaitIdleIT {

    @Test
    void anOpenTransactionOnAnInputKeepsTheProcessorFromBeingIdle(@TempDir Path stateDir) throws Exception {
        KafkaBackend kafka = KafkaBackends.shared("embedded");
        Topics topics = new Topics("await-idle-it.");
        TopicCreator.createMissing(kafka.bootstrapServers(), topics.all());
        try (ProcessorRunner runner = TestProcessors.runner(kafka, topics, "await-idle-it", stateDir);
             KafkaProducer<String, byte[]> upstream = transactionalProducer(kafka)) {
            upstream.initTransactions();
            upstream.beginTransaction();
            upstream.send(new ProducerRecord<>(topics.raw(), "https://quiet.example/1", article())).get();
            runner.start();

            assertThrows(TimeoutException.class, () -> runner.awaitIdle(Duration.ofSeconds(1), Duration.ofSeconds(8)),
                    "idle while a transaction holds an input record");

            upstream.commitTransaction();
            runner.awaitIdle(Duration.ofSeconds(1), Duration.ofSeconds(60));
            assertEquals(1, Records.readCommitted(kafka.bootstrapServers(), topics.articles(), 1,
                    Duration.ofSeconds(5)).size(), "the record came out once its transaction committed");
        }
    }

    private static KafkaProducer<String, byte[]> transactionalProducer(KafkaBackend kafka) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "await-idle-it-upstream",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    private static byte[] article() {
        String url = "https://quiet.example/1";
        String body = "The harbour authority opened a second ferry pier on Monday.\n\n"
                + "Boats to the islands will leave every half hour from the new pier.";
        return Json.toBytes(new RawArticle(RawArticle.SCHEMA, url, url, "quiet.example", "2024-03-29T10:00:00Z",
                200, "text/plain", "UTF-8", "header", "Second pier", null, Ids.sha256(body), body));
    }
}
