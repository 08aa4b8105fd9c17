package io.eventwire.processor.language;

import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

import java.util.regex.Pattern;

/**
 * A text as OpenNLP's language detector reads it: through the normalizers of
 * {@code LanguageDetectorFactory.getContextGenerator()} in their order (emoji, URL, Twitter, number, shrink),
 * then lower-cased.
 *
 * <p>Each normalizer is a few regular expressions, and an expression costs a pass over the text at every
 * position even where it finds nothing, which most texts give it: so each runs only where the characters it
 * needs occur. The URL normalizer is skipped whole. The emoji and number normalizers, and the shrink normalizer's
 * runs of white space, blank runs of one class of characters, which nearly every news text holds (a hyphen, a
 * digit): {@link CharRuns} does that in one pass. The Twitter and shrink normalizers' other expressions are
 * applied here one by one, as OpenNLP 2.5.4 compiles and applies them, each behind its own check;
 * {@code DetectorTextTest} compares every step with the normalizers themselves.
 */
final class DetectorText {

    private static final CharSequenceNormalizer URL = UrlCharSequenceNormalizer.getInstance();

    // TwitterCharSequenceNormalizer, in its order; each match becomes a space, a laugh two syllables.
    private static final Pattern HASH_USER = Pattern.compile("[#@]\\S+");
    private static final Pattern RETWEET = Pattern.compile("\\b(rt[ :])+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FACE = Pattern.compile("[:;x]-?[()dop]", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAUGH = Pattern.compile("([hj])+([aieou])+(\\1+\\2+)+", Pattern.CASE_INSENSITIVE);
    // ShrinkCharSequenceNormalizer's second expression (its first blanks runs of white space), then trim().
    private static final Pattern REPEATED = Pattern.compile("(.)\\1{2,}", Pattern.CASE_INSENSITIVE);

    private DetectorText() {
    }

    /** {@code content} normalized and lower-cased, as the detector's n-grams are taken from it. */
    static char[] of(CharSequence content) {
        return lowerCase(normalize(content));
    }

    /** The content through the normalizers. URLs need {@code ://} and e-mail addresses {@code @}. */
    static String normalize(CharSequence content) {
        String text = emoji(content.toString());
        if (text.contains("://") || text.indexOf('@') >= 0) {
            text = URL.normalize(text).toString();
        }
        return shrink(number(twitter(text)));
    }

    /**
     * What {@code EmojiCharSequenceNormalizer} returns. Its class, written with surrogate escapes, is read as the
     * range U+D83C to U+10FC00 plus the hyphen: it also blanks full-width punctuation.
     */
    static String emoji(String text) {
        return CharRuns.blank(text, c -> c == '-' || c >= 0xD83C && c <= 0x10FC00, 1);
    }

    /** What {@code NumberCharSequenceNormalizer} returns: ASCII digits ({@code \d}) blanked. */
    static String number(String text) {
        return CharRuns.blank(text, c -> c >= '0' && c <= '9', 1);
    }

    /** What {@code TwitterCharSequenceNormalizer} returns. */
    static String twitter(String text) {
        if (text.indexOf('#') >= 0 || text.indexOf('@') >= 0) {
            text = HASH_USER.matcher(text).replaceAll(" ");
        }
        if (TextChecks.mayHoldRetweet(text)) {
            text = RETWEET.matcher(text).replaceAll(" ");
        }
        if (TextChecks.mayHoldFace(text)) {
            text = FACE.matcher(text).replaceAll(" ");
        }
        if (TextChecks.mayHoldLaugh(text)) {
            text = LAUGH.matcher(text).replaceAll("$1$2$1$2");
        }
        return text;
    }

    /** What {@code ShrinkCharSequenceNormalizer} returns. */
    static String shrink(String text) {
        text = CharRuns.blank(text, TextChecks::isSpace, 2);
        if (TextChecks.mayRepeatACharThrice(text)) {
            // The JDK's case-insensitive back reference reads past the end of a text that ends with a run of one
            // supplementary character ("𝐀𝐀𝐀": StringIndexOutOfBoundsException, where OpenNLP throws too). A line
            // break after the text cannot be part of a match (no DOTALL) and trim() removes it again.
            text = REPEATED.matcher(text + "\n").replaceAll("$1$1");
        }
        return text.trim();
    }

    /**
     * Lower case code point by code point into as many chars as the input has, as OpenNLP's
     * {@code StringUtil.toLowerCaseCharBuffer} writes them (a shorter result leaves {@code \0}s at the end).
     */
    private static char[] lowerCase(CharSequence text) {
        char[] lower = new char[text.length()];
        int written = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            written += Character.toChars(Character.toLowerCase(codePoint), lower, written);
        }
        return lower;
    }
}
