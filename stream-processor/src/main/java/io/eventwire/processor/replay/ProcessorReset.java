package io.eventwire.processor.replay;

import io.eventwire.contracts.files.Directories;
import io.eventwire.processor.topology.ProcessorSettings;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Resets the processor for a replay, as Kafka's streams-application-reset tool does: the input topic
 * ({@code news.raw}) goes back to the beginning or to a timestamp; the intermediate topic the topology reads
 * back ({@code news.articles}) goes to its end, since the replay writes every article again; the
 * application's internal topics (repartition, changelog) are deleted and its local state removed, so the
 * dedup and consolidation state is rebuilt from the replayed input alone.
 */
public final class ProcessorReset {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorReset.class);

    private final Admin admin;
    private final ProcessorSettings settings;

    public ProcessorReset(Admin admin, ProcessorSettings settings) {
        this.admin = admin;
        this.settings = settings;
    }

    /** What a reset did, for the operator. */
    public record Report(Map<TopicPartition, Long> inputOffsets, Map<TopicPartition, Long> intermediateOffsets,
                         Set<String> deletedInternalTopics, boolean localStateRemoved) {
    }

    /**
     * Resets to {@code from} (the beginning when empty). Refuses while any instance of the application is
     * running: its commits would undo the reset.
     */
    public Report reset(Optional<Instant> from) throws ExecutionException, InterruptedException {
        String applicationId = settings.applicationId();
        requireNoActiveMembers(applicationId);
        Map<TopicPartition, Long> input = offsets(settings.topics().raw(),
                from.map(instant -> OffsetSpec.forTimestamp(instant.toEpochMilli())).orElse(OffsetSpec.earliest()));
        Map<TopicPartition, Long> intermediate = offsets(settings.topics().articles(), OffsetSpec.latest());
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        input.forEach((partition, offset) -> commit.put(partition, new OffsetAndMetadata(offset)));
        intermediate.forEach((partition, offset) -> commit.put(partition, new OffsetAndMetadata(offset)));
        admin.alterConsumerGroupOffsets(applicationId, commit).all().get();
        Set<String> internal = internalTopics(applicationId);
        if (!internal.isEmpty()) {
            admin.deleteTopics(internal).all().get();
        }
        boolean removed = removeLocalState(settings.stateDir().resolve(applicationId));
        LOG.info("Reset {}: {} to {}, {} to its end, {} internal topics deleted, local state {}", applicationId,
                settings.topics().raw(), from.map(Instant::toString).orElse("the beginning"),
                settings.topics().articles(), internal.size(), removed ? "removed" : "absent");
        return new Report(input, intermediate, internal, removed);
    }

    private void requireNoActiveMembers(String applicationId) throws ExecutionException, InterruptedException {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId))
                    .describedGroups().get(applicationId).get();
            if (!group.members().isEmpty() && group.groupState() != GroupState.DEAD) {
                throw new IllegalStateException("the processor '" + applicationId + "' still has "
                        + group.members().size() + " running instance(s): stop them before a replay");
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw e;
            }
        }
    }

    /** The offset of {@code spec} on each partition; past the last record (no such timestamp) means the end. */
    private Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec)
            throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream().map(info -> new TopicPartition(topic, info.partition())).toList();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(partition -> partition, partition -> spec))).all().get();
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
        Map<TopicPartition, Long> out = new HashMap<>();
        found.forEach((partition, info) -> out.put(partition,
                info.offset() < 0 ? ends.get(partition).offset() : info.offset()));
        return out;
    }

    private Set<String> internalTopics(String applicationId) throws ExecutionException, InterruptedException {
        return admin.listTopics().names().get().stream()
                .filter(name -> name.startsWith(applicationId + "-"))
                .filter(name -> name.endsWith("-repartition") || name.endsWith("-changelog"))
                .collect(Collectors.toSet());
    }

    private static boolean removeLocalState(Path dir) {
        try {
            return Directories.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the local state in " + dir, e);
        }
    }
}
