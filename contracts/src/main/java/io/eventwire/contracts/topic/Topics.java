package io.eventwire.contracts.topic;

import java.util.List;
import java.util.Map;

/**
 * The topics of DESIGN.md. Names are defaults under a configurable prefix, so several pipelines (or a
 * test and a demo) can share one cluster.
 */
public record Topics(String prefix) {

    public static final Topics DEFAULT = new Topics("");

    public Topics {
        prefix = prefix == null ? "" : prefix;
    }

    public String raw() {
        return prefix + "news.raw";
    }

    public String articles() {
        return prefix + "news.articles";
    }

    public String duplicates() {
        return prefix + "news.duplicates";
    }

    public String sanctions() {
        return prefix + "events.sanctions";
    }

    public String market() {
        return prefix + "events.market";
    }

    public String consolidated() {
        return prefix + "events.consolidated";
    }

    public String deadLetters() {
        return prefix + "news.dlq";
    }

    /** The crawler's memory of what it published, for the plain runner (compacted). */
    public String crawlState() {
        return prefix + "eventwire.crawl-state";
    }

    /** Every topic with its specification, in pipeline order. */
    public List<TopicSpec> all() {
        return List.of(
                TopicSpec.of(raw(), Map.of(
                        "compression.type", "zstd",
                        "max.message.bytes", Integer.toString(TopicSpec.RAW_MAX_MESSAGE_BYTES))),
                TopicSpec.of(articles(), Map.of("compression.type", "zstd")),
                TopicSpec.of(duplicates(), Map.of()),
                TopicSpec.of(sanctions(), Map.of()),
                TopicSpec.of(market(), Map.of()),
                TopicSpec.of(consolidated(), Map.of("cleanup.policy", "compact")),
                TopicSpec.of(deadLetters(), Map.of(
                        "compression.type", "zstd",
                        "max.message.bytes", Integer.toString(TopicSpec.DLQ_MAX_MESSAGE_BYTES),
                        "retention.ms", Long.toString(TopicSpec.DLQ_RETENTION_MS))),
                TopicSpec.of(crawlState(), Map.of("cleanup.policy", "compact")));
    }
}
