package io.eventwire.sink.consume;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.Map;

/** Commits offsets once what they cover is durable; a seam where tests stop the sink just before a commit. */
@FunctionalInterface
public interface Committer {

    void commit(Map<TopicPartition, OffsetAndMetadata> offsets);
}
