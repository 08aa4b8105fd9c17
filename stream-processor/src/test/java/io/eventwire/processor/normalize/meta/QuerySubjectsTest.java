package io.eventwire.processor.normalize.meta;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuerySubjectsTest {

    @Test
    void readsTheLastCompoundOfEachSelector() {
        QuerySubjects subjects = QuerySubjects.of(List.of("time.published, [itemprop=author] [itemprop=name]",
                "div > .byline, #main", "[type=application/ld+json]")).orElseThrow();
        assertEquals("subjects [time] [itemprop, class, id, type]", subjects.toString());
    }

    @Test
    void leavesQueriesItDoesNotReadUnfiltered() {
        // A selector naming neither tag nor attribute, the universal selector, a combinator without spaces,
        // pseudo-classes (whose commas and spaces would be misread), quoted values.
        for (String query : List.of("h1, div > *", "*", "div>p", "div:has(a, b) p", "p:not(.a b)",
                "[content='a b']", "h1, :root")) {
            assertTrue(QuerySubjects.of(List.of(query)).isEmpty(), query);
        }
    }

    @Test
    void admitsAnElementByItsTagOrAnyOfItsAttributes() {
        QuerySubjects subjects = QuerySubjects.of(List.of("time[pubdate], [itemprop=author]")).orElseThrow();
        Document page = Jsoup.parse("<time>1</time><span ITEMPROP=x>2</span><span class=time>3</span>");
        assertTrue(subjects.matches(page, page.selectFirst("time")));
        assertTrue(subjects.matches(page, page.selectFirst("span[itemprop]")));
        assertFalse(subjects.matches(page, page.selectFirst("span.time")));
    }
}
