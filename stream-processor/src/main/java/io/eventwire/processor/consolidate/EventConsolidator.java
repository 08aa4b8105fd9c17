package io.eventwire.processor.consolidate;

import io.eventwire.contracts.record.Authority;
import io.eventwire.contracts.record.ConsolidatedEvent;
import io.eventwire.contracts.record.Event;
import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.record.Target;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Folds event mentions into one record per real-world event (the canonical key), GDELT-style: how many
 * mentions, articles and sources, first and last seen. A mention already counted (same event id: a replay,
 * a restart) leaves the record as it was, so counts never double.
 */
public final class EventConsolidator {

    /**
     * Ids kept per event, so that a replayed mention is recognised; past this many, counts go on but a
     * replay of the oldest mentions could count them again. News events rarely come near it.
     */
    static final int MAX_IDS = 5_000;

    private EventConsolidator() {
    }

    /** The consolidated event after {@code mention}, seen at {@code seenAt} (ISO-8601); {@code current} may be null. */
    public static ConsolidatedEvent add(ConsolidatedEvent current, Event mention, String seenAt) {
        if (current != null && current.eventIds().contains(mention.id())) {
            return current;
        }
        String source = sourceOf(mention.url());
        List<String> eventIds = appendCapped(current == null ? List.of() : current.eventIds(), mention.id());
        List<String> articleIds = appendCapped(current == null ? List.of() : current.articleIds(), mention.articleId());
        List<String> sources = appendCapped(current == null ? List.of() : current.sourceNames(), source);
        boolean newArticle = current == null || !current.articleIds().contains(mention.articleId());
        boolean newSource = current == null || !current.sourceNames().contains(source);
        String when = mention.publishedAt() != null ? mention.publishedAt() : seenAt;
        return new ConsolidatedEvent(
                ConsolidatedEvent.SCHEMA,
                mention.canonicalKey(),
                mention.type(),
                mention.subtype(),
                current != null && current.authority() != null ? current.authority() : authorityOf(mention),
                mergeTargets(current == null ? List.of() : current.targets(), mention.targets()),
                mention.eventDate(),
                mention.datePrecision(),
                (current == null ? 0 : current.mentions()) + 1,
                (current == null ? 0 : current.articles()) + (newArticle ? 1 : 0),
                (current == null ? 0 : current.sources()) + (newSource ? 1 : 0),
                articleIds,
                sources,
                eventIds,
                earliest(current == null ? null : current.firstSeen(), when),
                latest(current == null ? null : current.lastSeen(), when),
                mention.evidence());
    }

    private static Authority authorityOf(Event mention) {
        return mention instanceof SanctionEvent sanction ? sanction.authority() : null;
    }

    /** The host of an http(s) URL, the folder of a file: URL: what counts as one source. */
    static String sourceOf(String url) {
        if (url == null) {
            return "unknown";
        }
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null) {
                return uri.getHost().toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
            }
            String path = uri.getPath();
            int slash = path == null ? -1 : path.lastIndexOf('/');
            return slash > 0 ? path.substring(0, slash) : url;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static List<String> appendCapped(List<String> values, String value) {
        if (value == null || values.contains(value) || values.size() >= MAX_IDS) {
            return values;
        }
        List<String> out = new ArrayList<>(values);
        out.add(value);
        return out;
    }

    private static List<Target> mergeTargets(List<Target> known, List<Target> more) {
        Map<String, Target> byId = new LinkedHashMap<>();
        for (Target target : known) {
            byId.putIfAbsent(Objects.requireNonNullElse(target.id(), target.name()), target);
        }
        for (Target target : more == null ? List.<Target>of() : more) {
            byId.putIfAbsent(Objects.requireNonNullElse(target.id(), target.name()), target);
        }
        return List.copyOf(byId.values());
    }

    private static String earliest(String a, String b) {
        return a == null ? b : b == null ? a : (compare(a, b) <= 0 ? a : b);
    }

    private static String latest(String a, String b) {
        return a == null ? b : b == null ? a : (compare(a, b) >= 0 ? a : b);
    }

    /** Timestamps with different offsets compare as instants; anything unparseable as text. */
    private static int compare(String a, String b) {
        try {
            return OffsetDateTime.parse(a).toInstant().compareTo(OffsetDateTime.parse(b).toInstant());
        } catch (DateTimeParseException e) {
            return a.compareTo(b);
        }
    }
}
