package io.eventwire.processor.normalize.text;

import java.util.Locale;

/**
 * A paragraph as the boilerplate cue patterns read it: lower-cased, without trailing white space and
 * punctuation, and with the two characters folded that still differ from a pattern letter only in case.
 *
 * <p>Why: the cue patterns were matched with {@code CASE_INSENSITIVE | UNICODE_CASE}, which converts every
 * character twice for every alternative it is tried against, and was most of the normalize step's time. On
 * text lower-cased with {@link Locale#ROOT}, such a pattern (all its letters lower case) matches exactly what
 * the same pattern without those flags matches once dotless {@code ı} is read as {@code i} and long
 * {@code ſ} as {@code s}: for every other character {@code c} of lower-cased text,
 * {@code toLowerCase(toUpperCase(c))} (what the flags compare) equals a pattern letter only when {@code c}
 * is that letter. Both foldings map a letter to a letter, so word boundaries and character classes read the
 * text as before.
 */
final class CueText {

    private CueText() {
    }

    /** {@code paragraph} lower-cased, folded, and trimmed at the end as {@code [\s:：.!|»›>]+$} removes. */
    static String of(String paragraph) {
        return withoutTrailingPunctuation(folded(paragraph.toLowerCase(Locale.ROOT)));
    }

    private static String folded(String lower) {
        if (lower.indexOf('ı') < 0 && lower.indexOf('ſ') < 0) {
            return lower;
        }
        return lower.replace('ı', 'i').replace('ſ', 's');
    }

    /**
     * What {@code replaceAll("[\\s:：.!|»›>]+$", "")} leaves, without a regular expression (which tried the run
     * at every space of the paragraph). {@code $} also matches before a line terminator that ends the text;
     * {@code \n} and {@code \r} belong to the run themselves, so only {@code U+0085}, {@code U+2028} and
     * {@code U+2029} can end the text after a run that is removed.
     */
    static String withoutTrailingPunctuation(String text) {
        int end = text.length();
        if (end > 0 && isOtherLineTerminator(text.charAt(end - 1))) {
            int start = runStart(text, end - 1);
            return start == end - 1 ? text : text.substring(0, start) + text.charAt(end - 1);
        }
        return text.substring(0, runStart(text, end));
    }

    private static int runStart(String text, int end) {
        int start = end;
        while (start > 0 && isTrailing(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** {@code \s} (ASCII white space, as {@link java.util.regex.Pattern} reads it by default) and the punctuation. */
    private static boolean isTrailing(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || ":：.!|»›>".indexOf(c) >= 0;
    }

    private static boolean isOtherLineTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
