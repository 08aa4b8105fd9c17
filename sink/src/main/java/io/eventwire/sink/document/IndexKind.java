package io.eventwire.sink.document;

import io.eventwire.contracts.topic.Topics;

import java.util.List;

/**
 * The indexes the sink fills, one per consumed topic, with the fields whose value becomes a document's
 * {@code @timestamp} (the first that holds a parsable date wins).
 */
public enum IndexKind {
    ARTICLES("articles", List.of("publishedAt", "fetchedAt")),
    SANCTIONS("sanctions", List.of("publishedAt")),
    MARKET("market", List.of("publishedAt")),
    // firstSeen, not lastSeen: a consolidated event stays at the moment the world first reported it while
    // later mentions accrue, so it does not wander along a dashboard's time axis.
    CONSOLIDATED("consolidated", List.of("firstSeen", "lastSeen")),
    ERRORS("errors", List.of("failedAt"));

    private final String suffix;
    private final List<String> timestampFields;

    IndexKind(String suffix, List<String> timestampFields) {
        this.suffix = suffix;
        this.timestampFields = timestampFields;
    }

    /** The index name under a prefix: {@code eventwire-articles}. */
    public String indexName(String prefix) {
        return prefix + suffix;
    }

    public String suffix() {
        return suffix;
    }

    public List<String> timestampFields() {
        return timestampFields;
    }

    /** The topic this index is filled from. */
    public String topic(Topics topics) {
        return switch (this) {
            case ARTICLES -> topics.articles();
            case SANCTIONS -> topics.sanctions();
            case MARKET -> topics.market();
            case CONSOLIDATED -> topics.consolidated();
            case ERRORS -> topics.deadLetters();
        };
    }
}
