package io.eventwire.processor.extract.date;

import io.eventwire.processor.RandomTexts;
import io.eventwire.processor.WholePatterns;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFinderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 24); // a Wednesday
    private final DateFinder finder = new DateFinder();

    private List<String> values(String text, String language, LocalDate published) {
        List<DateMention> mentions = finder.find(text, language, published);
        for (DateMention m : mentions) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets point into the text");
        }
        return mentions.stream().map(m -> m.value() + "/" + (m.precision() == null ? "-" : m.precision().label())).toList();
    }

    /**
     * Gated, and tried only where their words start, the rules find what a search with each finds: random
     * sentences of the rules' words, numbers and the words their lookarounds refuse.
     */
    @Test
    void theGatedRulesFindWhatTheirPatternsFind() {
        String[] words = {"2021-03-24", "March", "may", "Mai", "März", "Jänner", "Sept.", "3rd", "24.", "of", "2019", "20",
                "1999", "$2019", "2019%", "年", "月", "日", "号", "3", "12", "今年", "去年", "明年", "前年", "in", "since", "early",
                "end of", "Anfang", "Monday", "on", "last", "am", "Montag", "周一", "上周", "星期三", "yesterday", "gestern",
                "昨天", "vorgestern", "前天", "today", "heute", "今天", "目前", "currently", "week", "Woche", "this", "diese",
                "本周", "month", "Monat", "上个月", "本月", "year", "Jahr", "next", "nächstes", "im", "recently", "kürzlich",
                "最近", "a", "ago", "-", ".", ",", " "};
        int compared = WholePatterns.assertAnchoredMatchesAreTheSearches(DateFinder.patterns(),
                RandomTexts.of(words, 23, 4_000, 1, 12, true));
        assertTrue(compared > 2_000, "the random texts must exercise the rules: " + compared);
    }

    @Test
    void absoluteEnglishDates() {
        assertEquals(List.of("2020-02-14/day", "2017-06/month", "2016/year"),
                values("On Feb. 14, 2020, regulators cited a June 2017 memo and rules from 2016.", "en", null));
        assertEquals(List.of("2018-11-03/day"), values("It took effect 3 November 2018.", "en", null));
    }

    @Test
    void absoluteGermanAndChineseDates() {
        assertEquals(List.of("2020-07-01/day", "2018-04/month"),
                values("Seit dem 1. Juli 2020 gilt, was im April 2018 beschlossen wurde.", "de", null));
        assertEquals(List.of("2020-07-01/day", "2018-04/month", "2016/year"),
                values("2020年7月1日起实施，2018年4月通过，2016年末提出。", "zh", null));
        assertEquals(List.of("2020-07-01/day"), values("２０２０年７月１日", "zh", null));
    }

    @Test
    void daysAndMonthsWithoutAYearTakeThePublicationYear() {
        assertEquals(List.of("2021-02-08/day", "2021-01/month"), values("2月8日宣布，而1月就有消息。", "zh", PUBLISHED));
        assertEquals(List.of("2021-02-08/day", "2021-01/month"), values("announced Feb. 8 after talks in January", "en", PUBLISHED));
        assertEquals(List.of("null/-"), values("2月8日宣布", "zh", null));
    }

    @Test
    void aDayWithoutAYearFarAheadOfPublicationIsLastYears() {
        LocalDate february = LocalDate.of(2020, 2, 3);
        assertEquals(List.of("2019-09-25/day"), values("designated the company on September 25", "en", february));
        assertEquals(List.of("2020-03-01/day"), values("the rule takes effect March 1", "en", february));
        assertEquals(List.of("2019-11/month"), values("seit November", "de", february));
        assertEquals(List.of("2024-05/month"), values("Im Mai dieses Jahres", "de", LocalDate.of(2024, 8, 30)));
    }

    @Test
    void relativeDaysWeeksMonthsAndYears() {
        assertEquals(List.of("2021-03-22/day"), values("The agency said on Monday", "en", PUBLISHED));
        assertEquals(List.of("2021-03-17/day"), values("上周三宣布", "zh", PUBLISHED));
        assertEquals(List.of("2021-03/month"), values("Anfang dieser Woche teilte das Amt mit", "de", PUBLISHED));
        assertEquals(List.of("2021-03/month"), values("letzte Woche", "de", PUBLISHED));
        assertEquals(List.of("2021-03/month"), values("earlier this month", "en", PUBLISHED));
        assertEquals(List.of("2021-02/month"), values("上个月", "zh", PUBLISHED));
        assertEquals(List.of("2020/year"), values("im vergangenen Jahr", "de", PUBLISHED));
        assertEquals(List.of("2020/year"), values("last year", "en", PUBLISHED));
        assertEquals(List.of("2020-05/month"), values("去年5月", "zh", PUBLISHED));
        assertEquals(List.of("2021-03-23/day"), values("gestern", "de", PUBLISHED));
    }

    @Test
    void spansResolveToTheSmallestUnitHoldingThemOrToNothing() {
        assertEquals(List.of("2021-03/month"), values("前不久", "zh", PUBLISHED));
        assertEquals(List.of("2021/year"), values("recently", "en", LocalDate.of(2021, 3, 5)));
        assertEquals(List.of("null/-"), values("近日", "zh", LocalDate.of(2021, 1, 6)));
        assertEquals(List.of("2021/year"), values("last week", "en", LocalDate.of(2021, 4, 6)));
    }

    @Test
    void withoutAPublicationDateRelativeFormsStayUnresolved() {
        List<DateMention> mentions = finder.find("earlier this month and in May", "en", null);
        assertEquals(2, mentions.size());
        assertTrue(mentions.stream().noneMatch(DateMention::isResolved));
        assertNull(mentions.get(0).value());
    }

    @Test
    void numbersThatAreNoDatesAreIgnored() {
        assertEquals(List.of(), values("Shares fell 2019 points; sales of $2020 million; 12个月; 20.5%", "en", PUBLISHED)
                .stream().filter(v -> !v.startsWith("2019/")).toList());
        assertEquals(List.of(), values("you may 5 times try", "en", null).stream().filter(v -> !v.startsWith("null")).toList());
        assertFalse(values("the 2019 act", "en", null).isEmpty());
    }

    @Test
    void presentReferencesAreMarked() {
        DateMention now = finder.find("目前市占率", "zh", PUBLISHED).get(0);
        assertEquals("2021-03-24", now.value());
        assertTrue(DateFinder.refersToPresent(now));
    }
}
