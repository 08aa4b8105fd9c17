package io.eventwire.processor.language;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * OpenNLP's language detector ({@code LanguageDetectorME}) restricted to some of its model's languages: the same
 * text normalization, the same distinct n-grams, the same model, and the probabilities OpenNLP gives those
 * languages, divided by their sum. Its answers differ from OpenNLP's only in the last digits of the probabilities
 * (the sums are taken in another order), as {@code NGramLanguageDetectorTest} checks on every labelled text.
 *
 * <p>Why not OpenNLP's own: it keeps a map of {@link java.nio.CharBuffer}s of the n-grams, makes a string of
 * every one and looks it up in the model's map from strings to parameters, and sums the parameters of all 103
 * languages where the tagger needs a third of them. N-grams are packed into longs here ({@link DistinctGrams})
 * and looked up in a table built once per model and set of languages ({@link GramWeights}). Thread-safe: the
 * table is read-only and every call has its own arrays.
 */
final class NGramLanguageDetector {

    private final String[] outcomes;
    private final GramWeights weights;

    /** A detector among the model's languages that {@code kept} accepts (by the model's code, e.g. {@code deu}). */
    NGramLanguageDetector(LanguageDetectorModel model, Predicate<String> kept) {
        this.weights = new GramWeights(model.getMaxentModel(), kept);
        this.outcomes = weights.outcomeNames();
    }

    /** Every kept language with its probability among them, the most probable first (ties in the model's order). */
    Language[] predictLanguages(CharSequence content) {
        double[] probabilities = weights.probabilities(DistinctGrams.of(DetectorText.of(content)));
        Language[] languages = new Language[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            languages[i] = new Language(outcomes[i], probabilities[i]);
        }
        Arrays.sort(languages, (a, b) -> Double.compare(b.getConfidence(), a.getConfidence()));
        return languages;
    }
}
