package io.eventwire.processor.normalize;

import io.eventwire.contracts.id.Ids;
import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContentHashTest {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** The hash as first written, four passes with a string each: the reference the one pass must agree with. */
    private static String reference(String text) {
        String normalized = java.text.Normalizer.normalize(text, Form.NFKC).toLowerCase(Locale.ROOT);
        return Ids.sha256(WHITESPACE.matcher(normalized).replaceAll(" ").strip());
    }

    @Test
    void hashesAsTheFourPassesDid() {
        // Case pairs, letters that change length or context when lower-cased, every kind of white space, the
        // information separators (Java white space only), full-width and compatibility forms, surrogates.
        String[] pieces = {"a", "Z", "É", "ß", "ẞ", "Ω", "K", "Σ", "σ", "İ", "ı", "Ǆ", "ﬁ", "Ａ", "中", "é", "\u0301",
                " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2007", "\u3000", "\u0085", "\u2028", "\u001C", "\u001F",
                "\u000B", "\uD835\uDC00", "\uD801\uDC00", "\uD800", ".", "’", "—", "€"};
        for (String input : RandomTexts.of(pieces, 20261121, 30_000, 0, 12, false)) {
            assertEquals(reference(input), ContentHash.of(input), () -> "for " + RandomTexts.codes(input));
        }
    }

    @Test
    void lowerCaseIsTheCharactersOnEveryChar() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.toLowerCase(c), ContentHash.lowerCase(c), String.format("U+%04X", (int) c));
        }
    }

    @Test
    void aTextAndItsTypographicVariantHashTheSame() {
        assertEquals(ContentHash.of("Shares fell  9% on Wednesday."), ContentHash.of(" SHARES fell\n9% on Wednesday. "));
    }
}
