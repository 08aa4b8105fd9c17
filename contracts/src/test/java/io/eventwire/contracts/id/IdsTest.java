package io.eventwire.contracts.id;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class IdsTest {

    @Test
    void canonicalUrlDropsWhatDoesNotNameThePage() {
        assertEquals("https://news.example.com/a/b?id=7",
                CanonicalUrl.of("HTTPS://News.Example.com:443/a/./b?utm_source=x&id=7&fbclid=abc#comments"));
        assertEquals("http://example.com:8080/", CanonicalUrl.of("http://EXAMPLE.com:8080"));
        assertEquals("http://example.com/x", CanonicalUrl.of("http://example.com:80/x?utm_medium=rss"));
        assertEquals("file:/data/seeds/a.txt", CanonicalUrl.of("file:/data/seeds/./a.txt"));
    }

    @Test
    void articleIdsAgreeForSpellingsOfOnePage() {
        assertEquals(Ids.articleId("https://example.com/story?utm_campaign=feed"),
                Ids.articleId("https://EXAMPLE.com/story#top"));
        assertNotEquals(Ids.articleId("https://example.com/story-1"), Ids.articleId("https://example.com/story-2"));
        assertEquals(32, Ids.articleId("https://example.com/").length());
    }

    @Test
    void eventIdsIgnoreTargetOrderButNotTheirIdentity() {
        String a = Ids.eventId("art", "sanction", "ENTITY_LIST_ADDITION", List.of("hikvision", "dahua"), "2019-10", 5);
        String b = Ids.eventId("art", "sanction", "ENTITY_LIST_ADDITION", List.of("dahua", "hikvision"), "2019-10", 5);
        String c = Ids.eventId("art", "sanction", "ENTITY_LIST_ADDITION", List.of("dahua"), "2019-10", 5);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void partsCannotRunIntoEachOther() {
        assertNotEquals(Ids.hash("ab", "c"), Ids.hash("a", "bc"));
        assertNotEquals(Ids.hash("a", null), Ids.hash("a", "", ""));
    }
}
