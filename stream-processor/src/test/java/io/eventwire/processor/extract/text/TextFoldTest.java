package io.eventwire.processor.extract.text;

import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The folding tables and the text folds against the rule, applied char by char as TextFold did before. */
class TextFoldTest {

    @Test
    void everyCharFoldsAsTheRuleSays() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char expected = TextFold.rule((char) c);
            assertEquals(expected, TextFold.fold((char) c), String.format("U+%04X", c));
            assertEquals(Character.toLowerCase(expected), TextFold.foldLower(String.valueOf((char) c)).charAt(0),
                    String.format("U+%04X", c));
        }
    }

    @Test
    void textsFoldCharByChar() {
        String[] pieces = {"Ｈｕａｗｅｉ", "華為", "华为", "ZTE", "ｚｔｅ", "\u3000", "\u2019s", "\u2013", "製裁", "實體清單",
                "Entity List", "İ", "ß", "Σ", "\uD83D\uDE00", "\uD800", "２０１９", "´", "`", "A"};
        for (String text : RandomTexts.of(pieces, 23, 5_000, 0, 12, true)) {
            StringBuilder folded = new StringBuilder();
            StringBuilder lower = new StringBuilder();
            for (char c : text.toCharArray()) {
                folded.append(TextFold.rule(c));
                lower.append(Character.toLowerCase(TextFold.rule(c)));
            }
            assertEquals(folded.toString(), TextFold.fold(text), RandomTexts.codes(text));
            assertEquals(lower.toString(), TextFold.foldLower(text), RandomTexts.codes(text));
        }
    }

    @Test
    void aTextFoldsToWhatItsFoldedCopyHolds() {
        String[] pieces = {"Ｈｕａｗｅｉ", "華為", "华为", "ZTE", "ｚｔｅ", "\u2019s", "'s", "A", "a"};
        for (String text : RandomTexts.of(pieces, 29, 2_000, 0, 6, true)) {
            for (String folded : new String[]{"Huawei", "华为", "ZTE", "'s A", "", "Huawei华为"}) {
                for (int at = -1; at <= text.length() + 1; at++) {
                    boolean expected = at >= 0 && TextFold.fold(text).startsWith(folded, at);
                    assertEquals(expected, TextFold.foldsTo(text, at, folded), RandomTexts.codes(text) + " at " + at);
                }
            }
        }
    }
}
