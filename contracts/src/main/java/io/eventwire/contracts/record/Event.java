package io.eventwire.contracts.record;

import java.util.List;

/** What every event record shares (DESIGN.md, "Events"). */
public interface Event {
    String TYPE_SANCTION = "sanction";
    String TYPE_MARKET = "market";

    String schema();

    String id();

    String canonicalKey();

    String type();

    String subtype();

    String articleId();

    String url();

    String language();

    String publishedAt();

    /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; null when the text gives no resolvable date. */
    String eventDate();

    /** {@code day}, {@code month}, {@code year}, or null with a null date. */
    String datePrecision();

    List<Target> targets();

    Evidence evidence();

    double confidence();

    String extractorVersion();
}
