package io.eventwire.processor.extract.number;

import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {

    /**
     * The gate of {@link Lexicon#before} only skips entries that cannot match: on random texts built from the
     * words of the lexicons that read before a figure, at every position, the gated and the ungated lexicon find
     * the same entry over the same span. The pieces mix cases, glue words to letters and put signs next to CJK.
     */
    @Test
    void theGateChangesNoMatchBeforeAFigure() {
        String[] pieces = {"US$", "us$", "U.S.$", "US-$", "HK$", "NT$", "S$", "A$", "AU$", "C$", "CA$", "R$", "CN¥", "RMB¥",
                "JP¥", "$", "€", "£", "¥", "RMB", "Rmb", "rmb", "CNY", "USD", "eur", "GBP", "JPY", "HKD", "CHF", "TWD",
                "more than", "MORE THAN", "over", "Over", "above", "upwards of", "in excess of", "exceeding", "mehr als",
                "über", "ÜBER", "gut", "超过", "超出", "逾", "超", "多于", "高于", "at least", "mindestens", "wenigstens",
                "至少", "最少", "less than", "under", "below", "fewer than", "weniger als", "unter", "不到", "不足", "低于",
                "少于", "nearly", "almost", "close to", "just under", "fast", "knapp", "beinahe", "nahezu", "近", "将近",
                "接近", "近乎", "逼近", "about", "around", "approximately", "approx.", "roughly", "some", "an estimated",
                "an approximate", "a approximate", "rund", "etwa", "ungefähr", "ca.", "circa", "zirka", "um die", "约",
                "大约", "约为", "大概", "约合", "up to", "bis zu", "x", "the", "公司", "Q", "3", "12", " ", " ", "\u00a0",
                "\t", "-", "."};
        int found = 0;
        for (Lexicon<?> lexicon : List.of(Vocabulary.CURRENCY_BEFORE, Vocabulary.QUALIFIER_BEFORE)) {
            Lexicon<?> reference = lexicon.ungated();
            for (String text : RandomTexts.of(pieces, 31, 1_500, 1, 10, true)) {
                for (int to = 0; to <= text.length(); to++) {
                    Lexicon.Hit<?> expected = reference.before(text, to);
                    assertEquals(expected, lexicon.before(text, to), RandomTexts.codes(text) + " before " + to);
                    found += expected == null ? 0 : 1;
                }
            }
        }
        assertTrue(found > 8_000, "the random texts must exercise the lexicons: " + found);
    }

    /**
     * The start check of {@link Lexicon#after} only skips entries that cannot match there: on random texts built
     * from the words of the lexicons that read after a figure, at every position, the checked and the unchecked
     * lexicon find the same entry over the same span.
     */
    @Test
    void theStartCheckChangesNoMatchAfterAFigure() {
        String[] pieces = {"元人民币", "人民币", "元", "美元", "港元", "欧元", "日元", "新台币", "新加坡元", "US dollars", "us-dollar",
                "U.S. dollars", "US-Dollars", "HK dollar", "Hong Kong dollars", "Singapore dollars", "NT dollars",
                "Taiwanese dollars", "dollars", "Dollar", "euros", "EUR", "yuan", "RMB", "pounds sterling", "Pfund", "yen",
                "swiss francs", "Franken", "won", "USD", "€", "$", "£", "¥", "thousand", "Tsd.", "million", "mn", "Mio.",
                "billions", "bn", "Mrd", "trillion", "Billionen", "Bio.", "k", "M", "b", "%", "per cent", "percent", "pct.",
                "Prozent", "percentage points", "Prozentpunkte", "个百分点", "左右", "以上", "or more", "以下", "x",
                "the", "3", " ", " ", "\u00a0", "-", "."};
        int found = 0;
        for (Lexicon<?> lexicon : List.of(Vocabulary.CURRENCY_AFTER, Vocabulary.SCALES, Vocabulary.GERMAN_SCALES,
                Vocabulary.LETTER_SCALES, Vocabulary.PERCENT_UNITS, Vocabulary.QUALIFIER_AFTER)) {
            Lexicon<?> reference = lexicon.ungated();
            for (String text : RandomTexts.of(pieces, 37, 1_500, 1, 8, true)) {
                for (int from = 0; from <= text.length(); from++) {
                    Lexicon.Hit<?> expected = reference.after(text, from, 1);
                    assertEquals(expected, lexicon.after(text, from, 1), RandomTexts.codes(text) + " after " + from);
                    found += expected == null ? 0 : 1;
                }
            }
        }
        assertTrue(found > 8_000, "the random texts must exercise the lexicons: " + found);
    }
}
