package io.eventwire.processor.consolidate;

import io.eventwire.contracts.record.Authority;
import io.eventwire.contracts.record.ConsolidatedEvent;
import io.eventwire.contracts.record.Evidence;
import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.record.Target;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventConsolidatorTest {

    /** The sightings of one test, in memory, as the benchmarks keep them. */
    private final Set<String> seen = new HashSet<>();

    private static SanctionEvent mention(String id, String articleId, String url, String publishedAt, String target) {
        return new SanctionEvent(SanctionEvent.SCHEMA, id, "key-1", "sanction", "ENTITY_LIST_ADDITION", articleId, url,
                "en", publishedAt, "2019-10", "month", List.of(new Target(target, target, target)),
                new Evidence("A sentence.", 0, 11), 0.9, "test", new Authority("us-commerce", "US Department of Commerce",
                "US"), SanctionEvent.ACTUAL);
    }

    private ConsolidatedEvent add(ConsolidatedEvent current, SanctionEvent mention, String seenAt) {
        return EventConsolidator.add(current, mention, seenAt, Sighting.of(mention, seen::add));
    }

    @Test
    void mentionsFromManyArticlesAndSourcesAreCounted() {
        ConsolidatedEvent event = add(null,
                mention("e1", "a1", "https://www.one.example/x", "2019-10-08T10:00:00Z", "hikvision"), "now");
        event = add(event, mention("e2", "a1", "https://www.one.example/x", "2019-10-08T10:00:00Z", "dahua"), "now");
        event = add(event, mention("e3", "a2", "https://two.example/y", "2019-10-07T23:00:00-05:00", "hikvision"), "now");

        assertEquals(3, event.mentions());
        assertEquals(2, event.articles());
        assertEquals(2, event.sources());
        assertEquals(List.of("a1", "a2"), event.articleIds());
        assertEquals(List.of("one.example", "two.example"), event.sourceNames());
        assertEquals("2019-10-07T23:00:00-05:00", event.firstSeen(), "04:00Z on the 8th, before 10:00Z");
        assertEquals("2019-10-08T10:00:00Z", event.lastSeen());
        assertEquals(List.of("hikvision", "dahua"), event.targets().stream().map(Target::id).toList());
        assertEquals("US Department of Commerce", event.authority().name());
        assertEquals(ConsolidatedEvent.SCHEMA, event.schema());
    }

    @Test
    void aReplayedMentionChangesNothing() {
        SanctionEvent first = mention("e1", "a1", "https://one.example/x", "2019-10-08T10:00:00Z", "hikvision");
        ConsolidatedEvent once = add(null, first, "now");
        ConsolidatedEvent twice = add(once, first, "later");
        assertSame(once, twice);
        assertEquals(1, twice.mentions());
    }

    @Test
    void aMentionWithoutPublicationDateUsesWhenItWasSeen() {
        ConsolidatedEvent event = add(null, mention("e1", "a1", "file:/data/news/a.txt", null, "hikvision"),
                "2024-01-01T00:00:00Z");
        assertEquals("2024-01-01T00:00:00Z", event.firstSeen());
        assertEquals(List.of("/data/news"), event.sourceNames(), "a folder of files is one source");
    }

    @Test
    void aBusyEventCountsEveryArticleAndSourceButListsAFew() {
        ConsolidatedEvent event = null;
        for (int i = 0; i < 500; i++) {
            event = add(event, mention("e" + i, "a" + i, "https://s" + i + ".example/x", "2019-10-08T10:00:00Z",
                    "hikvision"), "now");
        }
        assertEquals(500, event.mentions());
        assertEquals(500, event.articles());
        assertEquals(500, event.sources());
        assertEquals(IntStream.range(480, 500).mapToObj(i -> "a" + i).toList(), event.articleIds(),
                "the latest articles, the newest last");
        assertEquals(IntStream.range(0, 20).mapToObj(i -> "s" + i + ".example").toList(), event.sourceNames(),
                "the first sources, in the order they came");
    }

    @Test
    void anArticleListedAlreadyIsNotListedAgain() {
        ConsolidatedEvent event = add(null, mention("e1", "a1", "https://one.example/x", null, "hikvision"), "now");
        event = add(event, mention("e2", "a2", "https://one.example/y", null, "hikvision"), "now");
        event = add(event, mention("e3", "a1", "https://one.example/x", null, "dahua"), "now");
        assertEquals(List.of("a1", "a2"), event.articleIds());
        assertEquals(3, event.mentions());
        assertEquals(2, event.articles());
        assertTrue(event.articleIds().size() <= ConsolidatedEvent.LISTED);
    }
}
