package io.eventwire.processor.normalize.text;

/**
 * Spaces between two Chinese or Japanese characters: source-code line breaks between inline elements, which
 * readers of these scripts do not see (CSS Text 3 drops such breaks), and which would split words.
 *
 * <p>Written as one pass rather than the regular expression it replaces,
 * {@code (?<=[\p{IsHan}\p{IsHiragana}\p{IsKatakana}，。、；：！？）」』])[ \t]+(?=[\p{IsHan}\p{IsHiragana}\p{IsKatakana}，。、；：！？（「『])},
 * whose look-behind was tried at every character of every page; it removes exactly what that expression
 * removed, including its reading of the character before a run as one UTF-16 unit (so a supplementary
 * ideograph, two units, never counts before a run) and of the one after as a code point. It goes from run to
 * run of spaces by {@link String#indexOf(int, int)}, which reads a text in blocks of chars where a loop over
 * every char (most of them neither a space nor a tab) cost twice as much.
 */
final class CjkSpacing {

    private static final String CLOSING = "，。、；：！？）」』";
    private static final String OPENING = "，。、；：！？（「『";
    /**
     * No char below this is CJK or one of the marks: the char before each space of a Latin text is told so by one
     * comparison, not a search of the marks.
     */
    private static final int FIRST_CJK_OR_MARK = (CLOSING + OPENING).chars().reduce(0x2E80, Math::min);

    private CjkSpacing() {
    }

    /** {@code text} without the runs of spaces and tabs that sit between two CJK characters or punctuation marks. */
    static String withoutSpacesBetweenCjk(String text) {
        StringBuilder out = null;
        int copied = 0;
        int tab = text.indexOf('\t');
        for (int start = nextSpace(text, 0, tab); start >= 0; ) {
            int end = start + 1;
            while (end < text.length() && isSpace(text.charAt(end))) {
                end++;
            }
            if (start > 0 && endsCjk(text.charAt(start - 1)) && end < text.length()
                    && startsCjk(Character.codePointAt(text, end))) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, start);
                copied = end;
            }
            if (tab >= 0 && tab < end) {
                tab = text.indexOf('\t', end);
            }
            start = nextSpace(text, end, tab);
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The first space or tab from {@code from}, given the first tab from there ({@code tab}, -1 for none). */
    private static int nextSpace(String text, int from, int tab) {
        int space = text.indexOf(' ', from);
        return tab < 0 ? space : space < 0 ? tab : Math.min(space, tab);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean endsCjk(char c) {
        return c >= FIRST_CJK_OR_MARK && (isCjkScript(c) || CLOSING.indexOf(c) >= 0);
    }

    private static boolean startsCjk(int codePoint) {
        return codePoint >= FIRST_CJK_OR_MARK && (isCjkScript(codePoint) || OPENING.indexOf(codePoint) >= 0);
    }

    private static boolean isCjkScript(int codePoint) {
        if (codePoint < 0x2E80) {
            // No Han, Hiragana or Katakana character lies below the CJK Radicals Supplement.
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
