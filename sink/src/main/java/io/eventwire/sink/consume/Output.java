package io.eventwire.sink.consume;

import io.eventwire.sink.document.BulkAction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the sink's actions go: bulk NDJSON files or a search engine. The consuming loop commits a record's
 * offset only after {@link #flush()} returned with that record written, so an output must make everything
 * written so far durable (or hand it back as rejected) before {@code flush} returns.
 */
public interface Output extends AutoCloseable {

    /**
     * Positions this output already holds durably beyond what Kafka may have committed (files name the
     * offsets they cover); the loop resumes from there instead of writing those records again.
     */
    Map<TopicPartition, Long> durablePositions(Collection<TopicPartition> partitions);

    /** Takes one action; the record is what it was made from, for a dead letter should the engine refuse it. */
    void write(ConsumerRecord<byte[], byte[]> record, BulkAction action);

    /** True when buffered actions should be flushed now (size, count, age). */
    boolean due();

    /**
     * Makes every action written since the last flush durable, retrying as long as it takes; returns the
     * actions the destination refused for good (a mapping error), which the loop turns into dead letters.
     */
    List<Rejected> flush();

    @Override
    void close();

    /** An action the destination refused, with the destination's error type and reason. */
    record Rejected(ConsumerRecord<byte[], byte[]> record, BulkAction action, String errorType, String reason) {
    }
}
