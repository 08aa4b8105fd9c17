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
}
