package io.eventwire.processor.extract.market;

import io.eventwire.processor.RandomTexts;
import io.eventwire.processor.WholePatterns;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    /**
     * Read through their gate, tried only where their words start, the period patterns find on random sentences
     * what a search with each finds: the same matches, so the same periods. The pieces are the patterns' own
     * words, their case variants and near misses.
     */
    @Test
    void theGateChangesNoMatchOfAPeriod() {
        String[] pieces = {"2019", "2021", "1999", "20", "19", "年", "年度", "今年", "去年", "第", "一", "四", "2", "季度", "上",
                "半年", "前三季度", "全年", "年报", "财年", "财政年度", "12", "月", "Q1", "q4", "Q5", "first", "Fourth", "quarter",
                "-", "half", "first nine months", "of", "the", "fiscal", "year", "this", "last", "FY", "fy", "FY2021",
                "ersten", "vierten", "Quartal", "Halbjahr", "ersten neun Monaten", "des Jahres", "dieses", "Jahres",
                "Geschäftsjahr", "Geschäftsjahres", "x", "a", " ", " "};
        int matches = WholePatterns.assertAnchoredMatchesAreTheSearches(Period.patterns(),
                RandomTexts.of(pieces, 43, 10_000, 1, 10, true));
        assertTrue(matches > 5_000, "the random texts must exercise the patterns: " + matches);
    }
}
