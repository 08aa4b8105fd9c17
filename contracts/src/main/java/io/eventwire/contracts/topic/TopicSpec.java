package io.eventwire.contracts.topic;

import java.util.Map;

/**
 * A topic's name, partition count and configs, as created by the launcher, the tests and the compose file.
 */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {

    /** news.raw refuses larger values (after compression); the crawler's body limit stays below it. */
    public static final int RAW_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
    /** A dead letter carries the original bytes, which may be as large as a raw article. */
    public static final int DLQ_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    /** Dead letters are kept four weeks, long enough to notice, fix and replay. */
    public static final long DLQ_RETENTION_MS = 28L * 24 * 60 * 60 * 1000;
    public static final int DEFAULT_PARTITIONS = 3;

    public TopicSpec {
        configs = Map.copyOf(configs);
    }

    static TopicSpec of(String name, Map<String, String> configs) {
        return new TopicSpec(name, DEFAULT_PARTITIONS, configs);
    }

    public TopicSpec withPartitions(int count) {
        return new TopicSpec(name, count, configs);
    }
}
