package io.eventwire.cli;

import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.testkit.KafkaBackends;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SinkCommandIT {

    @Test
    void sinkUntilIdleWritesBulkFilesAndTemplates(@TempDir Path out) throws Exception {
        String bootstrap = KafkaBackends.shared("embedded").bootstrapServers();
        Topics topics = new Topics("cli-sink-" + System.nanoTime() % 100_000 + ".");
        TopicCreator.createMissing(bootstrap, topics.all());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(topics.articles(), "article-" + i,
                        Json.toJson(Map.of("id", "article-" + i, "publishedAt", "2024-05-05T10:00:00Z"))));
            }
        }

        int exit = Eventwire.run("sink", "--bootstrap-servers", bootstrap, "--topic-prefix", topics.prefix(),
                "--out", out.toString(), "--until-idle", "1");

        assertEquals(0, exit);
        assertTrue(Files.exists(out.resolve("templates/eventwire-articles.json")));
        try (Stream<Path> files = Files.list(out.resolve("eventwire-articles"))) {
            List<String> lines = files.flatMap(file -> {
                try {
                    return Files.readAllLines(file).stream();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertEquals(6, lines.size(), "three index actions, each with its document");
        }
    }
}
