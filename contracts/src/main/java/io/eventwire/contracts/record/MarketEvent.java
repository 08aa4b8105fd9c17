package io.eventwire.contracts.record;

import java.util.List;

/**
 * One mention of a market figure in one article; the value of {@code events.market}.
 *
 * @param subtype   a {@link MarketSubtype} name
 * @param direction {@code up}, {@code down}, or null where the text states none
 * @param percent   a percentage as a percent number (70 = 70 %), or null
 * @param period    the reporting period where stated (FY2021, Q1 2022, 2021…), or null
 */
public record MarketEvent(
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
        List<Amount> amounts,
        String direction,
        Double percent,
        String period) implements Event {

    public static final String SCHEMA = "market-event/1";
}
