package io.eventwire.processor.language;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;

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
        long[] grams = DistinctGrams.of(DetectorText.of(content)).hashMapOrder();
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
}
