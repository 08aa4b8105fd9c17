package io.eventwire.sink;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a sink run made durable: per index, the documents indexed (or written) and the deletes; records turned
 * into dead letters; and dead letters that could not be indexed (never routed back to the topic they came from).
 */
public record SinkSummary(Map<String, Long> documents, Map<String, Long> deletes, long deadLetters,
                          long unindexableDeadLetters) {

    public SinkSummary {
        documents = Map.copyOf(documents);
        deletes = Map.copyOf(deletes);
    }

    public long totalDocuments() {
        return documents.values().stream().mapToLong(Long::longValue).sum();
    }

    public long documents(String index) {
        return documents.getOrDefault(index, 0L);
    }

    @Override
    public String toString() {
        return "documents " + new TreeMap<>(documents) + ", deletes " + new TreeMap<>(deletes) + ", dead letters "
                + deadLetters + (unindexableDeadLetters > 0 ? ", unindexable dead letters " + unindexableDeadLetters : "");
    }
}
