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

/**
 * What {@link LanguageDetectorME#predictLanguages} answers, bit for bit, at a fraction of its cost: the same
 * features handed to the same model in the same order, but without OpenNLP's n-gram map of
 * {@link java.nio.CharBuffer}s, the string it makes of every n-gram and the model's map from strings to
 * parameters. N-grams are packed into longs ({@link DistinctGrams}) and looked up in a table built once per model
 * ({@link GramWeights}).
 *
 * <p>The order matters: the model sums one weight per feature, and floating-point sums depend on their order,
 * so another order would change the confidences in their last digits. OpenNLP's order is the iteration order
 * of a default {@link java.util.HashMap} into which the lower-cased 1-, 2- and 3-grams were inserted in that
 * order; {@link DistinctGrams} computes it, and leaves to OpenNLP the rare text for which it cannot.
 * {@code NGramLanguageDetectorTest} compares the answers with OpenNLP's on every labelled text and title.
 * Thread-safe: the table is read-only and every call has its own arrays.
 */
final class NGramLanguageDetector {

    // The normalizers, in their order, as LanguageDetectorFactory.getContextGenerator() applies them.
    private static final CharSequenceNormalizer EMOJI = EmojiCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer URL = UrlCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer TWITTER = TwitterCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer NUMBER = NumberCharSequenceNormalizer.getInstance();
    private static final CharSequenceNormalizer SHRINK = ShrinkCharSequenceNormalizer.getInstance();

    private final LanguageDetectorModel model;
    private final String[] outcomes;
    private final GramWeights weights;

    NGramLanguageDetector(LanguageDetectorModel model) {
        this.model = model;
        MaxentModel maxent = model.getMaxentModel();
        this.outcomes = new String[maxent.getNumOutcomes()];
        Arrays.setAll(outcomes, maxent::getOutcome);
        this.weights = new GramWeights(maxent);
    }

    /** Every language of the model with its probability, the most probable first (ties in the model's order). */
    Language[] predictLanguages(CharSequence content) {
        // OpenNLP counts every distinct n-gram once (its OPENNLP-1261 workaround), so only their order matters.
        long[] grams = DistinctGrams.of(lowerCase(normalize(content))).hashMapOrder();
        if (grams == null) {
            return new LanguageDetectorME(model).predictLanguages(content);
        }
        double[] probabilities = weights.probabilities(grams);
        Language[] languages = new Language[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            languages[i] = new Language(outcomes[i], probabilities[i]);
        }
        Arrays.sort(languages, (a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
        return languages;
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
}
