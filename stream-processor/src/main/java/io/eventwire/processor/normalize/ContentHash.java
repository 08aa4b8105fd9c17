package io.eventwire.processor.normalize;

import io.eventwire.contracts.id.Ids;
import io.eventwire.processor.normalize.text.UnicodeWhitespace;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * The hash of a text's content: the SHA-256 of its NFKC form, lower-cased, white space collapsed and stripped,
 * so that two renderings differing only in spacing, case or full-width forms hash the same.
 *
 * <p>Lower-casing, collapsing, stripping and encoding are one pass into the UTF-8 bytes that are hashed, where
 * they were four passes with a string each, a sixth of the normalize step. That pass lower-cases char by char,
 * which is what {@link String#toLowerCase(Locale)} does with {@link Locale#ROOT} for every char but three kinds:
 * capital sigma (its small form depends on the letters around it), capital I with dot above (two chars in small)
 * and surrogates (code points beyond the BMP). A text holding any of them takes the four passes.
 */
final class ContentHash {

    /**
     * {@link Character#toLowerCase(char)} of every char below U+3000 (Latin, Greek, Cyrillic, ...): its lookup per
     * char cost a tenth of the hash. Chars above are answered without a table, which at every ideograph missed the
     * cache (see {@link UnicodeWhitespace}).
     */
    private static final char[] LOWER_BELOW_CJK = lowerBelowCjk();
    /** Each ASCII char as the hash reads it: lower case, and white space as a space. */
    private static final byte[] ASCII_FOLDED = asciiFolded();

    private ContentHash() {
    }

    static String of(String text) {
        String normalized = java.text.Normalizer.normalize(text, Form.NFKC);
        byte[] utf8 = new byte[normalized.length() * 3];
        int length = encodeFolded(normalized, utf8);
        return length >= 0 ? Ids.sha256(utf8, length)
                : Ids.sha256(UnicodeWhitespace.collapse(normalized.toLowerCase(Locale.ROOT)).strip());
    }

    /**
     * Writes {@code text} lower-cased, collapsed and stripped as UTF-8 into {@code utf8}; returns the number of
     * bytes, or -1 when the text holds a char that is not lower-cased one by one.
     */
    private static int encodeFolded(String text, byte[] utf8) {
        int start = 0;
        int end = text.length();
        while (start < end && isStripped(text.charAt(start))) {
            start++;
        }
        while (end > start && isStripped(text.charAt(end - 1))) {
            end--;
        }
        int length = 0;
        boolean inWhiteSpace = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // Without a branch on white space, which a branch predictor misses at most ends of words: the
                // byte is written anyway, and kept unless it is a space following white space.
                byte folded = ASCII_FOLDED[c];
                boolean space = folded == ' ';
                utf8[length] = folded;
                length += space & inWhiteSpace ? 0 : 1;
                inWhiteSpace = space;
                continue;
            }
            if (UnicodeWhitespace.is(c)) {
                if (!inWhiteSpace) {
                    utf8[length++] = ' ';
                    inWhiteSpace = true;
                }
                continue;
            }
            if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
                return -1;
            }
            inWhiteSpace = false;
            length = encode(lowerCase(c), utf8, length);
        }
        return length;
    }

    /**
     * {@link Character#toLowerCase(char)}, without its lookup for the caseless CJK symbols, kana and ideographs
     * from U+3000 to U+9FFF, most chars of the texts beside ASCII, and with a table read below them (a test
     * compares the two on every char).
     */
    static char lowerCase(char c) {
        if (c < LOWER_BELOW_CJK.length) {
            return LOWER_BELOW_CJK[c];
        }
        return c <= 0x9FFF ? c : Character.toLowerCase(c);
    }

    private static char[] lowerBelowCjk() {
        char[] lower = new char[0x3000];
        for (char c = 0; c < lower.length; c++) {
            lower[c] = Character.toLowerCase(c);
        }
        return lower;
    }

    private static byte[] asciiFolded() {
        byte[] folded = new byte[0x80];
        for (char c = 0; c < 0x80; c++) {
            folded[c] = (byte) (UnicodeWhitespace.is(c) ? ' ' : lowerCase(c));
        }
        return folded;
    }

    /**
     * What {@link String#strip} removes once white space is collapsed: collapsed runs are spaces, and the
     * information separators U+001C to U+001F are Java white space without being Unicode white space.
     */
    private static boolean isStripped(char c) {
        return UnicodeWhitespace.is(c) || Character.isWhitespace(c);
    }

    /** Writes {@code c} (not a surrogate) as UTF-8 at {@code at}; returns the index after it. */
    private static int encode(char c, byte[] into, int at) {
        if (c < 0x80) {
            into[at] = (byte) c;
            return at + 1;
        }
        if (c < 0x800) {
            into[at] = (byte) (0xC0 | c >> 6);
            into[at + 1] = (byte) (0x80 | c & 0x3F);
            return at + 2;
        }
        into[at] = (byte) (0xE0 | c >> 12);
        into[at + 1] = (byte) (0x80 | c >> 6 & 0x3F);
        into[at + 2] = (byte) (0x80 | c & 0x3F);
        return at + 3;
    }
}
