package io.eventwire.contracts.topic;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * Creates topics from their specifications, leaving those that already exist as they are, and returns once
 * every partition has a leader.
 */
public final class TopicCreator {

    /**
     * An idempotent producer that writes to a partition its leader has not opened yet gets its first batch
     * refused and may see a later one accepted: the first is then lost as out of order. Waiting for leaders
     * before anyone produces closes that window.
     */
    private static final Duration LEADER_TIMEOUT = Duration.ofSeconds(60);

    private TopicCreator() {
    }

    /**
     * Creates every topic of {@code specs} that does not exist yet, and waits until all have leaders.
     *
     * @param replicationFactor empty for the broker's default
     */
    public static void createMissing(Admin admin, Collection<TopicSpec> specs, Optional<Short> replicationFactor) {
        List<NewTopic> topics = specs.stream()
                .map(spec -> new NewTopic(spec.name(), Optional.of(spec.partitions()), replicationFactor)
                        .configs(spec.configs()))
                .toList();
        admin.createTopics(topics).values().forEach(TopicCreator::awaitCreated);
        awaitLeaders(admin, specs.stream().map(TopicSpec::name).toList());
    }

    /** Convenience for a one-off creation from a bootstrap address. */
    public static void createMissing(String bootstrapServers, Collection<TopicSpec> specs) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            createMissing(admin, specs, Optional.empty());
        }
    }

    private static void awaitCreated(String name, KafkaFuture<Void> future) {
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

    private static void awaitLeaders(Admin admin, List<String> names) {
        long deadline = System.nanoTime() + LEADER_TIMEOUT.toNanos();
        while (true) {
            try {
                Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
                if (described.values().stream().allMatch(TopicCreator::hasLeaders)) {
                    // Metadata can name a leader before that broker has opened the partition's log; listing
                    // offsets succeeds only once it has.
                    admin.listOffsets(latestOf(described.values())).all().get();
                    return;
                }
            } catch (ExecutionException notYetReady) {
                // A topic just created may not be in the broker's metadata, or open, yet: ask again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topic leaders", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topics without leaders after " + LEADER_TIMEOUT + ": " + names);
            }
            sleep();
        }
    }

    private static Map<TopicPartition, OffsetSpec> latestOf(Collection<TopicDescription> topics) {
        Map<TopicPartition, OffsetSpec> out = new HashMap<>();
        topics.forEach(topic -> topic.partitions().forEach(partition ->
                out.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
        return out;
    }

    private static boolean hasLeaders(TopicDescription topic) {
        return topic.partitions().stream().allMatch(partition -> partition.leader() != null
                && !partition.leader().isEmpty());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for topic leaders", e);
        }
    }
}
