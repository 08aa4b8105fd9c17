package io.eventwire.contracts.record;

import java.util.List;

/**
 * One mention of a sanction in one article; the value of {@code events.sanctions}.
 *
 * @param subtype  a {@link SanctionSubtype} name
 * @param modality {@code actual}, {@code planned} or {@code reported}
 */
public record SanctionEvent(
        String schema,
        String id,
        String canonicalKey,
        String type,
        String subtype,
        String articleId,
        String url,
        String language,
        String publishedAt,
        String eventDate,
        String datePrecision,
        List<Target> targets,
        Evidence evidence,
        double confidence,
        String extractorVersion,
        Authority authority,
        String modality) implements Event {

    public static final String SCHEMA = "sanction-event/1";
    public static final String ACTUAL = "actual";
    public static final String PLANNED = "planned";
    public static final String REPORTED = "reported";
}
