package io.eventwire.processor.language;

import java.util.function.IntPredicate;

/**
 * What {@code Pattern.compile("[class]{n,}").matcher(text).replaceAll(" ")} returns for a class of code points, in
 * one pass. Why not the expression: a search with it tries a match at every position of the text, and three of
 * OpenNLP's normalizers use one on nearly every news text (a hyphen, a digit or full-width punctuation is
 * enough). Like the expression, it steps over a surrogate pair as one code point and over an unpaired surrogate as
 * a code point of its own.
 */
final class CharRuns {

    private CharRuns() {
    }

    /** {@code text} with every maximal run of at least {@code shortest} code points in {@code member} made one space. */
    static String blank(String text, IntPredicate member, int shortest) {
        StringBuilder blanked = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int length = 0;
            int codePoint;
            while (i < text.length() && member.test(codePoint = text.codePointAt(i))) {
                i += Character.charCount(codePoint);
                length++;
            }
            if (length >= shortest) {
                if (blanked == null) {
                    blanked = new StringBuilder(text.length());
                }
                blanked.append(text, copied, start).append(' ');
                copied = i;
            }
            if (length == 0) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return blanked == null ? text : blanked.append(text, copied, text.length()).toString();
    }
}
