package io.eventwire.processor.normalize.text;

/**
 * White space as {@code java.util.regex} reads {@code \s} with {@code UNICODE_CHARACTER_CLASS} (the Unicode
 * White_Space property: the no-break space pages use for layout, ideographic space, line and paragraph
 * separators, {@code U+0085}), collapsed in one pass: the regular expression it replaces ran over every text
 * node of every page, and again over the whole text for its hash.
 */
public final class UnicodeWhitespace {

    private static final int SEPARATORS = (1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
            | (1 << Character.PARAGRAPH_SEPARATOR);

    private UnicodeWhitespace() {
    }

    /** Whether {@code c} is white space: {@code \t} to {@code \r}, {@code U+0085}, and the separators. */
    public static boolean is(char c) {
        return c == ' ' || c >= '\t' && c <= '\r'
                || c >= 0x80 && (c == 0x85 || (SEPARATORS >> Character.getType(c) & 1) != 0);
    }

    /** {@code text} with each run of white space replaced by one space, as {@code replaceAll("\\s+", " ")} did. */
    public static String collapse(String text) {
        int first = firstChange(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!is(c)) {
                out.append(c);
                continue;
            }
            out.append(' ');
            while (i + 1 < text.length() && is(text.charAt(i + 1))) {
                i++;
            }
        }
        return out.toString();
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
