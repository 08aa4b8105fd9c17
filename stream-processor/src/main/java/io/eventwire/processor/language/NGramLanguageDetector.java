package io.eventwire.processor.language;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * What {@link LanguageDetectorME#predictLanguages} answers, bit for bit, at about half its cost: the same
 * features handed to the same model in the same order, but collected without OpenNLP's n-gram map of
 * {@link java.nio.CharBuffer}s (a wrapped buffer per n-gram and three hash lookups each, most of the language
 * step's time).
 *
 * <p>The order matters: the model sums one weight per feature, and floating-point sums depend on their order,
 * so another order would change the confidences in their last digits. OpenNLP's order is the iteration order
 * of a default {@link java.util.HashMap} into which the lower-cased 1-, 2- and 3-grams were inserted in that
 * order, keyed by {@code CharBuffer}s; a default {@link HashSet} of {@link Gram}s, which hash as a
 * {@code CharBuffer} of the same characters does, inserted in the same order, iterates in the same order.
 * {@code NGramLanguageDetectorTest} compares the answers with OpenNLP's on every labelled text and title.
 * Stateless and thread-safe.
 */
final class NGramLanguageDetector {

    // The normalizers, in their order, and the n-gram lengths of LanguageDetectorFactory.getContextGenerator().
    private static final CharSequenceNormalizer EMOJI = EmojiCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer URL = UrlCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer TWITTER = TwitterCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer NUMBER = NumberCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer SHRINK = ShrinkCharSequenceNormalizer.getInstance();
    private static final int MIN_GRAM = 1;
    private static final int MAX_GRAM = 3;

    private final MaxentModel model;

    NGramLanguageDetector(LanguageDetectorModel model) {
        this.model = model.getMaxentModel();
    }

    /** Every language of the model with its probability, the most probable first (ties in the model's order). */
    Language[] predictLanguages(CharSequence content) {
        String[] features = features(content);
        float[] counts = new float[features.length];
        // OpenNLP counts every distinct n-gram once (its OPENNLP-1261 workaround).
        Arrays.fill(counts, 1);
        double[] probabilities = model.eval(features, counts);
        Language[] languages = new Language[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            languages[i] = new Language(model.getOutcome(i), probabilities[i]);
        }
        Arrays.sort(languages, (a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
        return languages;
    }

    /** The distinct lower-cased n-grams of the normalized content, in OpenNLP's order. */
    static String[] features(CharSequence content) {
        char[] text = lowerCase(normalize(content));
        Set<Gram> grams = new HashSet<>();
        for (int length = MIN_GRAM; length <= MAX_GRAM; length++) {
            for (int start = 0; start + length <= text.length; start++) {
                grams.add(Gram.of(text, start, length));
            }
        }
        String[] features = new String[grams.size()];
        int i = 0;
        for (Gram gram : grams) {
            features[i++] = gram.toString();
        }
        return features;
    }

    /**
     * The content through the factory's normalizers, in their order; a normalizer whose expressions need a
     * character the text does not have is skipped, since it would return the text as it was: URLs need
     * {@code ://} and e-mail addresses {@code @}, numbers an ASCII digit ({@code \d}), and "emoji" a hyphen or
     * a char from U+D83C up (its class, written with surrogate escapes, is read as the range U+D83C to U+10FC00
     * plus the hyphen: it also blanks full-width punctuation). The Twitter normalizer's expressions match in
     * ordinary words, and the last one always trims and collapses spaces.
     */
    private static CharSequence normalize(CharSequence content) {
        String text = content.toString();
        if (text.chars().anyMatch(c -> c == '-' || c >= 0xD83C)) {
            text = EMOJI.normalize(text).toString();
        }
        if (text.contains("://") || text.indexOf('@') >= 0) {
            text = URL.normalize(text).toString();
        }
        text = TWITTER.normalize(text).toString();
        if (text.chars().anyMatch(c -> c >= '0' && c <= '9')) {
            text = NUMBER.normalize(text).toString();
        }
        return SHRINK.normalize(text);
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

    /** Up to three chars packed into a long, hashed as {@code java.nio.CharBuffer.hashCode()} hashes them. */
    private record Gram(long chars, int length, int hash) {

        static Gram of(char[] text, int start, int length) {
            long chars = 0;
            for (int i = start; i < start + length; i++) {
                chars = chars << Character.SIZE | text[i];
            }
            int hash = 1;
            for (int i = start + length - 1; i >= start; i--) {
                hash = 31 * hash + text[i];
            }
            return new Gram(chars, length, hash);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            char[] out = new char[length];
            for (int i = length - 1, rest = 0; i >= 0; i--, rest += Character.SIZE) {
                out[i] = (char) (chars >>> rest);
            }
            return new String(out);
        }
    }
}
