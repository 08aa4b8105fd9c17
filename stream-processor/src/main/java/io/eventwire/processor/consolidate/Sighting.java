package io.eventwire.processor.consolidate;

import io.eventwire.contracts.record.Event;

import java.util.function.Predicate;

/**
 * What one mention brings to its event that the event has not seen yet: the mention itself (a replayed mention
 * brings nothing), its article, its source. Worked out by asking a membership test about three member keys;
 * the processor's test is a state store ({@link Sightings}), a benchmark's may be a set.
 */
public record Sighting(boolean newMention, boolean newArticle, boolean newSource) {

    /** A mention the event has already counted. */
    private static final Sighting REPLAYED = new Sighting(false, false, false);

    /**
     * The sighting of {@code mention}, asking {@code firstSight} (which answers true the first time it is given
     * a member key, and remembers it) about the mention, then its article and its source.
     */
    public static Sighting of(Event mention, Predicate<String> firstSight) {
        if (!firstSight.test(memberKey(mention, 'm', mention.id()))) {
            return REPLAYED;
        }
        return new Sighting(true,
                firstSight.test(memberKey(mention, 'a', mention.articleId())),
                firstSight.test(memberKey(mention, 's', EventConsolidator.sourceOf(mention.url()))));
    }

    /** The event's canonical key, a separator no key or id holds, the kind of member and its id. */
    static String memberKey(Event mention, char kind, String id) {
        return mention.canonicalKey() + '\u001f' + kind + id;
    }
}
