package io.eventwire.contracts.record;

import java.util.List;

/**
 * One real-world event across all the articles that mention it; the value of the compacted
 * {@code events.consolidated} topic, keyed by {@link #canonicalKey()}.
 *
 * <p>Its size does not grow with the mentions: an event in the news for months is rewritten on every mention (in
 * the topic, in the processor's changelog, in the search index), so the counts are exact but the ids are a sample.
 * Schema 1 listed every article, source and mention id (up to 5,000 each), which made each rewrite of a busy
 * event up to ~400 KB and the bytes written grow with the square of its mentions.
 *
 * @param mentions    event mentions seen (one article may mention an event more than once)
 * @param articles    distinct articles that mention it
 * @param sources     distinct sources (hosts) that mention it
 * @param articleIds  the latest {@value #LISTED} distinct articles that mention it, the newest last
 * @param sourceNames the first {@value #LISTED} distinct sources that mention it, in the order they did
 * @param firstSeen   earliest publication time among the mentions, ISO-8601; null when none states one
 * @param lastSeen    latest publication time among the mentions, ISO-8601; null when none states one
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
        String firstSeen,
        String lastSeen,
        Evidence latestEvidence) {

    public static final String SCHEMA = "consolidated-event/2";

    /** How many article ids and source names a consolidated event lists at most. */
    public static final int LISTED = 20;
}
