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
 * mentions, articles and sources, first and last seen. Whether a mention, its article and its source are new to
 * the event is its {@link Sighting}, worked out before (by {@link Sightings}): a mention already counted (a
 * replay) leaves the record as it was, so counts never double.
 */
public final class EventConsolidator {

    private EventConsolidator() {
    }

    /**
     * The consolidated event after {@code mention}, seen at {@code seenAt} (ISO-8601) and bringing {@code sighting};
     * {@code current} may be null.
     */
    public static ConsolidatedEvent add(ConsolidatedEvent current, Event mention, String seenAt, Sighting sighting) {
        if (!sighting.newMention()) {
            return current;
        }
        ConsolidatedEvent known = current != null ? current : nothingYet();
        String when = mention.publishedAt() != null ? mention.publishedAt() : seenAt;
        return new ConsolidatedEvent(
                ConsolidatedEvent.SCHEMA,
                mention.canonicalKey(),
                mention.type(),
                mention.subtype(),
                known.authority() != null ? known.authority() : authorityOf(mention),
                mergeTargets(known.targets(), mention.targets()),
                mention.eventDate(),
                mention.datePrecision(),
                known.mentions() + 1,
                known.articles() + (sighting.newArticle() ? 1 : 0),
                known.sources() + (sighting.newSource() ? 1 : 0),
                sighting.newArticle() ? latestArticles(known.articleIds(), mention.articleId()) : known.articleIds(),
                sighting.newSource() ? firstSources(known.sourceNames(), sourceOf(mention.url())) : known.sourceNames(),
                earliest(known.firstSeen(), when),
                latest(known.lastSeen(), when),
                mention.evidence());
    }

    private static ConsolidatedEvent nothingYet() {
        return new ConsolidatedEvent(ConsolidatedEvent.SCHEMA, null, null, null, null, List.of(), null, null, 0, 0, 0,
                List.of(), List.of(), null, null, null);
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

    /** {@code ids} with {@code id} last, the oldest dropped beyond {@link ConsolidatedEvent#LISTED}. */
    static List<String> latestArticles(List<String> ids, String id) {
        if (id == null) {
            return ids;
        }
        int kept = Math.min(ids.size(), ConsolidatedEvent.LISTED - 1);
        List<String> out = new ArrayList<>(kept + 1);
        out.addAll(ids.subList(ids.size() - kept, ids.size()));
        out.add(id);
        return out;
    }

    /** {@code names} with {@code name} last, unless they already list {@link ConsolidatedEvent#LISTED}. */
    static List<String> firstSources(List<String> names, String name) {
        if (name == null || names.size() >= ConsolidatedEvent.LISTED) {
            return names;
        }
        List<String> out = new ArrayList<>(names);
        out.add(name);
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
