package io.eventwire.processor.consolidate;

import io.eventwire.contracts.record.Authority;
import io.eventwire.contracts.record.ConsolidatedEvent;
import io.eventwire.contracts.record.Evidence;
import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.record.Target;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class EventConsolidatorTest {

    private static SanctionEvent mention(String id, String articleId, String url, String publishedAt, String target) {
        return new SanctionEvent(SanctionEvent.SCHEMA, id, "key-1", "sanction", "ENTITY_LIST_ADDITION", articleId, url,
                "en", publishedAt, "2019-10", "month", List.of(new Target(target, target, target)),
                new Evidence("A sentence.", 0, 11), 0.9, "test", new Authority("us-commerce", "US Department of Commerce",
                "US"), SanctionEvent.ACTUAL);
    }

    @Test
    void mentionsFromManyArticlesAndSourcesAreCounted() {
        ConsolidatedEvent event = EventConsolidator.add(null,
                mention("e1", "a1", "https://www.one.example/x", "2019-10-08T10:00:00Z", "hikvision"), "now");
        event = EventConsolidator.add(event,
                mention("e2", "a1", "https://www.one.example/x", "2019-10-08T10:00:00Z", "dahua"), "now");
        event = EventConsolidator.add(event,
                mention("e3", "a2", "https://two.example/y", "2019-10-07T23:00:00-05:00", "hikvision"), "now");

        assertEquals(3, event.mentions());
        assertEquals(2, event.articles());
        assertEquals(2, event.sources());
        assertEquals(List.of("one.example", "two.example"), event.sourceNames());
        assertEquals("2019-10-07T23:00:00-05:00", event.firstSeen(), "04:00Z on the 8th, before 10:00Z");
        assertEquals("2019-10-08T10:00:00Z", event.lastSeen());
        assertEquals(List.of("hikvision", "dahua"), event.targets().stream().map(Target::id).toList());
        assertEquals("US Department of Commerce", event.authority().name());
    }

    @Test
    void aReplayedMentionChangesNothing() {
        SanctionEvent first = mention("e1", "a1", "https://one.example/x", "2019-10-08T10:00:00Z", "hikvision");
        ConsolidatedEvent once = EventConsolidator.add(null, first, "now");
        ConsolidatedEvent twice = EventConsolidator.add(once, first, "later");
        assertSame(once, twice);
        assertEquals(1, twice.mentions());
    }

    @Test
    void aMentionWithoutPublicationDateUsesWhenItWasSeen() {
        ConsolidatedEvent event = EventConsolidator.add(null,
                mention("e1", "a1", "file:/data/news/a.txt", null, "hikvision"), "2024-01-01T00:00:00Z");
        assertEquals("2024-01-01T00:00:00Z", event.firstSeen());
        assertEquals(List.of("/data/news"), event.sourceNames(), "a folder of files is one source");
    }
}
