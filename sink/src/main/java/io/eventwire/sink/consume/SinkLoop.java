package io.eventwire.sink.consume;

import io.eventwire.contracts.serde.InvalidRecordException;
import io.eventwire.sink.SinkSummary;
import io.eventwire.sink.document.BulkAction;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The consuming loop: records to actions to the output; offsets committed only after the output made
 * everything up to them durable and the dead letters are acknowledged. A crash anywhere before a commit means
 * those records are read again, never lost; writing them again is harmless because every action is keyed by
 * the record key.
 *
 * <p>Not thread-safe, except {@link #stop()}.
 */
public final class SinkLoop implements ConsumerRebalanceListener {

    private static final Logger LOG = LoggerFactory.getLogger(SinkLoop.class);
    private static final Duration POLL = Duration.ofMillis(200);

    /** When {@link #run} returns. */
    public sealed interface Until {
        /** Until {@link #stop()}. */
        record Stopped() implements Until {
        }

        /** Until the positions reach the end offsets seen at the first assignment. */
        record CaughtUp() implements Until {
        }

        /** Until caught up with the current end offsets and nothing new arrived for {@code idle}. */
        record Idle(Duration idle) implements Until {
        }
    }

    private final Consumer<byte[], byte[]> consumer;
    private final ParallelMapper mapper;
    private final Output output;
    private final DeadLetters deadLetters;
    private final Committer committer;
    private final boolean fromBeginning;
    private final Clock clock;
    private final Set<TopicPartition> resetToBeginning = new HashSet<>();
    private final Map<TopicPartition, Long> processed = new LinkedHashMap<>();
    private final Map<String, Long> pendingDocuments = new HashMap<>();
    private final Map<String, Long> pendingDeletes = new HashMap<>();
    private final Map<String, Long> documents = new HashMap<>();
    private final Map<String, Long> deletes = new HashMap<>();
    private volatile boolean stopping;
    private Map<TopicPartition, Long> drainTargets;
    /** The last poll's records, being mapped while the next poll runs; written before anything is flushed. */
    private ParallelMapper.Mapping pending;
    /** Whether {@link #run} is running: outside it, the rebalance listener must neither write nor commit. */
    private boolean running;

    public SinkLoop(Consumer<byte[], byte[]> consumer, ParallelMapper mapper, Output output, DeadLetters deadLetters,
                    Committer committer, boolean fromBeginning, Clock clock) {
        this.consumer = consumer;
        this.mapper = mapper;
        this.output = output;
        this.deadLetters = deadLetters;
        this.committer = committer;
        this.fromBeginning = fromBeginning;
        this.clock = clock;
    }

    public void subscribe(List<String> topics) {
        consumer.subscribe(topics, this);
    }

    /** Consumes until {@code until} holds or {@link #stop()} is called, then flushes and commits. */
    public SinkSummary run(Until until) {
        long lastRecordAt = clock.millis();
        running = true;
        try {
            try {
                while (!stopping) {
                    ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                    // This poll's records are mapped on the mapper's threads while the previous poll's are written
                    // here and the next poll fetches and decompresses.
                    writePending();
                    pending = records.isEmpty() ? null : mapper.start(list(records));
                    if (!records.isEmpty()) {
                        lastRecordAt = clock.millis();
                    }
                    if (output.due()) {
                        flushAndCommit();
                    }
                    // Caught up is checked after every poll, so that records still arriving do not keep a drain
                    // going past the end offsets it started with; idleness needs an empty poll by definition.
                    if ((records.isEmpty() || until instanceof Until.CaughtUp) && finished(until, lastRecordAt)) {
                        break;
                    }
                }
            } catch (WakeupException e) {
                if (!stopping) {
                    throw e;
                }
            }
            flushAndCommit();
        } catch (StoppedWhileRetrying e) {
            LOG.info("stopped while the output was unavailable: records not committed are read again at the next start");
        } finally {
            endRun();
        }
        return summary();
    }

    /**
     * Forgets what was read and not committed. On a normal end there is nothing left; after a failure or a stop while
     * the output was down, the output did not keep those records, and the consumer's close, which calls
     * {@link #onPartitionsRevoked}, must not commit them: they are read again at the next start.
     */
    private void endRun() {
        running = false;
        pending = null;
        processed.clear();
    }

    /** Asks a running loop to flush, commit and return; callable from any thread. */
    public void stop() {
        stopping = true;
        consumer.wakeup();
    }

    private static List<ConsumerRecord<byte[], byte[]>> list(ConsumerRecords<byte[], byte[]> records) {
        List<ConsumerRecord<byte[], byte[]>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        return list;
    }

    /**
     * Writes the records of the last poll, in their order, once they are mapped; flushes and commits whenever the
     * output is due, as after every record.
     */
    private void writePending() {
        ParallelMapper.Mapping mapping = pending;
        if (mapping == null) {
            return;
        }
        // Cleared first: a flush below comes back here, and must find nothing left to write.
        pending = null;
        List<ConsumerRecord<byte[], byte[]>> records = mapping.records();
        List<ParallelMapper.Mapped> mapped = mapping.results();
        for (int i = 0; i < records.size(); i++) {
            handle(records.get(i), mapped.get(i));
            if (output.due()) {
                flushAndCommit();
            }
        }
    }

    /** Writes the record's action, or sends it to the dead letters when it cannot be a document. */
    private void handle(ConsumerRecord<byte[], byte[]> record, ParallelMapper.Mapped mapped) {
        if (mapped.failure() instanceof InvalidRecordException e) {
            deadLetters.send(record, e.getClass().getSimpleName(), e.getMessage());
        } else if (mapped.failure() != null) {
            throw mapped.failure();
        } else {
            BulkAction action = mapped.action();
            output.write(record, action);
            (action.delete() ? pendingDeletes : pendingDocuments).merge(action.index(), 1L, Long::sum);
        }
        processed.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
    }

    private boolean finished(Until until, long lastRecordAt) {
        if (until instanceof Until.Stopped) {
            return false;
        }
        Set<TopicPartition> assignment = consumer.assignment();
        if (assignment.isEmpty()) {
            return false;
        }
        Map<TopicPartition, Long> targets;
        if (until instanceof Until.Idle idle) {
            if (clock.millis() - lastRecordAt < idle.idle().toMillis()) {
                return false;
            }
            targets = consumer.endOffsets(assignment);
        } else {
            if (drainTargets == null) {
                drainTargets = consumer.endOffsets(assignment);
            }
            targets = drainTargets;
        }
        for (TopicPartition partition : assignment) {
            Long end = targets.get(partition);
            if (end != null && consumer.position(partition) < end) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes what was read durable and its dead letters acknowledged (the records still being mapped are written
     * first, so a commit covers them, and a rebalance never leaves them behind); counts what the output kept.
     */
    private void flushOutput() {
        writePending();
        for (Output.Rejected rejected : output.flush()) {
            BulkAction action = rejected.action();
            (action.delete() ? pendingDeletes : pendingDocuments).merge(action.index(), -1L, Long::sum);
            deadLetters.send(rejected.record(), rejected.errorType(), rejected.reason());
        }
        deadLetters.flush();
        pendingDocuments.forEach((index, count) -> documents.merge(index, count, Long::sum));
        pendingDeletes.forEach((index, count) -> deletes.merge(index, count, Long::sum));
        pendingDocuments.clear();
        pendingDeletes.clear();
    }

    private void flushAndCommit() {
        flushOutput();
        if (processed.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        processed.forEach((partition, next) -> offsets.put(partition, new OffsetAndMetadata(next)));
        processed.clear();
        try {
            commit(offsets);
        } catch (CommitFailedException e) {
            // The group moved these partitions elsewhere while we were writing; the new owner reads them again
            // from the last commit and writes the same actions under the same ids.
            LOG.warn("offsets not committed, the group rebalanced: {}", e.getMessage());
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            committer.commit(offsets);
        } catch (WakeupException e) {
            // stop() woke the consumer while it was not polling; the wake-up is spent, the commit is still due.
            committer.commit(offsets);
        }
    }

    public SinkSummary summary() {
        return new SinkSummary(documents, deletes, deadLetters.sent(), deadLetters.unroutable());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        if (running) {
            flushAndCommit();
        }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        if (!running) {
            return;
        }
        // Another member may own them already: what is buffered is still written (harmless, same ids), but
        // nothing can be committed for them.
        flushOutput();
        partitions.forEach(processed::remove);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        drainTargets = null;
        if (fromBeginning) {
            List<TopicPartition> fresh = partitions.stream().filter(resetToBeginning::add).toList();
            if (!fresh.isEmpty()) {
                LOG.info("replaying {} from the beginning", fresh);
                consumer.seekToBeginning(fresh);
            }
            return;
        }
        Map<TopicPartition, Long> durable = output.durablePositions(partitions);
        if (durable.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
        durable.forEach((partition, position) -> {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null || offset.offset() < position) {
                LOG.info("{}: records up to offset {} are already written, resuming after them (committed: {})",
                        partition, position - 1, offset == null ? "none" : offset.offset());
                consumer.seek(partition, position);
            }
        });
    }
}
