package io.eventwire.processor.normalize.text;

/**
 * White space as {@code java.util.regex} reads {@code \s} with {@code UNICODE_CHARACTER_CLASS} (the Unicode
 * White_Space property: the no-break space pages use for layout, ideographic space, line and paragraph
 * separators, {@code U+0085}), collapsed in one pass: the regular expression it replaces ran over every text
 * node of every page, and again over the whole text for its hash.
 */
public final class UnicodeWhitespace {

    private UnicodeWhitespace() {
    }

    /**
     * Whether {@code c} is white space: {@code \t} to {@code \r}, the space, {@code U+0085}, and the space,
     * line and paragraph separators (Zs, Zl, Zp), listed rather than looked up by category because this runs on
     * every char of every text and most chars are none of them (a test compares it with the regular expression
     * on every char).
     */
    public static boolean is(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r';
        }
        if (c < 0x85) {
            return false;
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || c >= 0x2000 && (c <= 0x200A || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000);
    }

    /** {@code text} with each run of white space replaced by one space, as {@code replaceAll("\\s+", " ")} did. */
    public static String collapse(String text) {
        int first = firstChange(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
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
