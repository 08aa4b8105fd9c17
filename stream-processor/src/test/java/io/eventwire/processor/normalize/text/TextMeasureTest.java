package io.eventwire.processor.normalize.text;

import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextMeasureTest {

    /** The weights as first written, with a category lookup for every char: the reference. */
    private static int referenceWeight(char c) {
        if (TextMeasure.isCjk(c)) {
            return 3;
        }
        if (c >= 0xAC00 && c <= 0xD7A3) {
            return 2;
        }
        return Character.isLetterOrDigit(c) ? 1 : 0;
    }

    @Test
    void everyCharWeighsWhatTheCategoryLookupGave() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(referenceWeight((char) c), TextMeasure.weight((char) c), String.format("U+%04X", c));
        }
    }

    @Test
    void theCommasAreTheSixClauseSeparators() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean separator = c == ',' || c == '，' || c == '、' || c == '。' || c == '،' || c == '；';
            assertEquals(separator, TextMeasure.isComma((char) c), String.format("U+%04X", c));
        }
    }

    @Test
    void weighsLessThanIsTheComparisonOfTheWholeWeight() {
        String[] pieces = {"a", "中", "한", " ", ",", "ü", "7", "\uD83D\uDE00"};
        int limit = 0;
        for (String text : RandomTexts.of(pieces, 20261121, 20_000, 0, 40, false)) {
            limit = (limit + 7) % 50;
            assertEquals(TextMeasure.weight(text) < limit, TextMeasure.weighsLessThan(text, limit), text + " " + limit);
        }
    }

    @Test
    void aTextWeighsItsLettersAndDigits() {
        assertEquals(3 + 2 * 3 + 2 + 1, TextMeasure.weight("Abc, 中国 한 ü!"));
    }
}
