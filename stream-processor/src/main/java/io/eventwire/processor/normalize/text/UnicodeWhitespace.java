package io.eventwire.processor.normalize.text;

import io.eventwire.processor.text.TextBuffer;

import java.util.Arrays;

/**
 * White space as {@code java.util.regex} reads {@code \s} with {@code UNICODE_CHARACTER_CLASS} (the Unicode
 * White_Space property: the no-break space pages use for layout, ideographic space, line and paragraph
 * separators, {@code U+0085}), collapsed in one pass: the regular expression it replaces ran over every text
 * node of every page, and again over the whole text for its hash.
 */
public final class UnicodeWhitespace {

    private static final int SEPARATORS = (1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
            | (1 << Character.PARAGRAPH_SEPARATOR);
    /**
     * {@link #is}'s answer for every char up to the last white space (U+3000), worked out once: a category lookup
     * per char cost more than one read where most chars are not ASCII (the content hash collapses every article's
     * whole text). Chars above it, almost all of Chinese and Japanese text, are answered by a comparison: reads
     * of a table of every char at every ideograph missed the cache. A test compares the answers with the regular
     * expression on every char.
     */
    private static final boolean[] WHITE_SPACE = table();

    private UnicodeWhitespace() {
    }

    private static boolean[] table() {
        boolean[] table = new boolean[Character.MAX_VALUE + 1];
        int last = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = c == ' ' || c >= '\t' && c <= '\r' || c == 0x85
                    || (SEPARATORS >> Character.getType(c) & 1) != 0;
            last = table[c] ? c : last;
        }
        return Arrays.copyOf(table, last + 1);
    }

    /** Whether {@code c} is white space: {@code \t} to {@code \r}, {@code U+0085}, and the separators. */
    public static boolean is(char c) {
        return c < WHITE_SPACE.length && WHITE_SPACE[c];
    }

    /** {@code text} with each run of white space replaced by one space, as {@code replaceAll("\\s+", " ")} did. */
    public static String collapse(String text) {
        int first = firstChange(text);
        if (first < 0) {
            return text;
        }
        TextBuffer out = new TextBuffer(text.length());
        int copied = 0;
        for (int i = first; i < text.length(); i++) {
            if (!is(text.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && is(text.charAt(end))) {
                end++;
            }
            if (end - i > 1 || text.charAt(i) != ' ') {
                // Text between runs is copied in one piece: appending char by char was most of the work.
                out.append(text, copied, i).append(' ');
                copied = end;
            }
            i = end - 1;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The index of the first white space that is not a lone plain space; -1 when collapsing changes nothing. */
    private static int firstChange(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i + 1 < text.length() && is(text.charAt(i + 1)) : is(c)) {
                return i;
            }
        }
        return -1;
    }
}
