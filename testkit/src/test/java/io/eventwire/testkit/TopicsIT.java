package io.eventwire.testkit;

import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.TopicSpec;
import io.eventwire.contracts.topic.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TopicsIT {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventwire.testkit.KafkaBackends#names")
    void everyTopicOfTheDesignIsCreatedWithItsConfig(String backendName) throws Exception {
        KafkaBackend backend = KafkaBackends.shared(backendName);
        Topics topics = new Topics("topics-it.");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", backend.bootstrapServers()))) {
            TopicCreator.createMissing(admin, topics.all(), Optional.empty());
            // A second creation finds them all and changes nothing.
            TopicCreator.createMissing(admin, topics.all(), Optional.empty());

            List<String> names = topics.all().stream().map(TopicSpec::name).toList();
            Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get();
            for (TopicSpec spec : topics.all()) {
                assertEquals(spec.partitions(), descriptions.get(spec.name()).partitions().size(), spec.name());
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, spec.name());
                Config actual = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                spec.configs().forEach((key, value) ->
                        assertEquals(value, actual.get(key).value(), spec.name() + " " + key));
            }
        }
        assertEquals("topics-it.news.raw", topics.raw());
        assertEquals("zstd", topics.all().get(0).configs().get("compression.type"));
    }
}
