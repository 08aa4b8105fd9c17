package io.eventwire.processor.normalize.text;

import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class UnicodeWhitespaceTest {

    /** The regular expression the one-pass collapse replaced: the reference it must agree with. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void whiteSpaceIsWhatTheRegularExpressionCallsWhiteSpace() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(WHITESPACE.matcher(String.valueOf(c)).matches(), UnicodeWhitespace.is(c),
                    String.format("U+%04X", (int) c));
        }
    }

    @Test
    void collapsesAsTheRegularExpressionDid() {
        String[] pieces = {"a", "中", " ", " ", "\u00A0", "\u3000", "\t", "\n", "\r", "\u0085", "\u2028", "\u200B",
                "\u001C", "\uD83D\uDE00", "."};
        for (String input : RandomTexts.of(pieces, 20260505, 50_000, 0, 10, false)) {
            assertEquals(WHITESPACE.matcher(input).replaceAll(" "), UnicodeWhitespace.collapse(input),
                    () -> "for " + RandomTexts.codes(input));
        }
    }

    @Test
    void aTextWithSingleSpacesIsReturnedAsItIs() {
        String text = "The council met on Monday.";
        assertSame(text, UnicodeWhitespace.collapse(text));
    }
}
