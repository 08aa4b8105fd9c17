package io.eventwire.contracts.record;

import java.util.List;

/**
 * One real-world event across all the articles that mention it; the value of the compacted
 * {@code events.consolidated} topic, keyed by {@link #canonicalKey()}.
 *
 * @param mentions  event mentions seen (one article may mention an event more than once)
 * @param articles  distinct articles that mention it
 * @param sources   distinct sources (hosts) that mention it
 * @param firstSeen earliest publication time among the mentions, ISO-8601; null when none states one
 * @param lastSeen  latest publication time among the mentions, ISO-8601; null when none states one
 */
public record ConsolidatedEvent(
        String schema,
        String canonicalKey,
        String type,
        String subtype,
        Authority authority,
        List<Target> targets,
        String eventDate,
        String datePrecision,
        long mentions,
        long articles,
        long sources,
        List<String> articleIds,
        List<String> sourceNames,
        List<String> eventIds,
        String firstSeen,
        String lastSeen,
        Evidence latestEvidence) {

    public static final String SCHEMA = "consolidated-event/1";
}
