package io.eventwire.contracts.topic;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/** Creates topics from their specifications, leaving those that already exist as they are. */
public final class TopicCreator {

    private TopicCreator() {
    }

    /**
     * Creates every topic of {@code specs} that does not exist yet.
     *
     * @param replicationFactor empty for the broker's default
     */
    public static void createMissing(Admin admin, Collection<TopicSpec> specs, Optional<Short> replicationFactor) {
        List<NewTopic> topics = specs.stream()
                .map(spec -> new NewTopic(spec.name(), Optional.of(spec.partitions()), replicationFactor)
                        .configs(spec.configs()))
                .toList();
        admin.createTopics(topics).values().forEach((name, future) -> awaitCreated(name, future));
    }

    private static void awaitCreated(String name, org.apache.kafka.common.KafkaFuture<Void> future) {
        try {
            future.get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(),
                        e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + name, e);
        }
    }

    /** Convenience for a one-off creation from a bootstrap address. */
    public static void createMissing(String bootstrapServers, Collection<TopicSpec> specs) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            createMissing(admin, specs, Optional.empty());
        }
    }
}
