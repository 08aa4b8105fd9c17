package io.eventwire.processor.language;

import io.eventwire.processor.language.LanguageEvalSet.Sample;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link NGramLanguageDetector} answers what OpenNLP's {@link LanguageDetectorME} answers, to the last bit. */
class NGramLanguageDetectorTest {

    private final LanguageDetectorModel model = LanguageTagger.model();
    private final NGramLanguageDetector detector = new NGramLanguageDetector(model);

    @Test
    void everyLanguageAndProbabilityIsOpenNlpsOnTheLabelledSet() {
        List<String> contents = new ArrayList<>();
        LanguageEvalSet.texts().stream().map(Sample::content).forEach(contents::add);
        LanguageEvalSet.titles().stream().map(Sample::content).forEach(contents::add);
        for (String language : LanguageEvalSet.LANGUAGES) {
            // Article-length texts, as long as the tagger reads: large n-gram maps, resized many times.
            contents.add(String.join(" ", LanguageEvalSet.sentences(language)).repeat(40).substring(0, 4000));
        }
        for (String content : contents) {
            assertSameAnswer(content);
        }
    }

    @Test
    void everyLanguageAndProbabilityIsOpenNlpsOnAwkwardText() {
        String deseret = new String(Character.toChars(0x10400)) + new String(Character.toChars(0x10401));
        for (String content : List.of("", "a", "İSTANBUL'DA SEÇİM", "ǅemal Ǆ ǈ", deseret + " " + deseret,
                "Visit https://example.com/a?b=1 or www.example.org, mail me@example.com, @user #Tag RT",
                "Shares rose 12.5 % to 3,400 points 😀😀 🇩🇪 loooooool!!!!", "\uD800 lone \uDC00 surrogates",
                "Mixed 中文 text with English, Deutsch und Ελληνικά", "Die E-Mail-Adresse des Dritt-Anbieters",
                "全角标点，（括号）与ＡＢＣ", "\uE000 private use and \uFFFD replacement")) {
            assertSameAnswer(content);
        }
    }

    @Test
    void featuresAreDistinctNGramsOfTheLowerCasedText() {
        assertEquals(List.of("a", "b", "ab", "ba", "aba"),
                List.of(NGramLanguageDetector.features("ABA")).stream().sorted((x, y) -> x.length() != y.length()
                        ? Integer.compare(x.length(), y.length()) : x.compareTo(y)).toList());
    }

    private void assertSameAnswer(String content) {
        Language[] expected = new LanguageDetectorME(model).predictLanguages(content);
        Language[] actual = detector.predictLanguages(content);
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            int rank = i;
            assertEquals(expected[i].getLang(), actual[i].getLang(), () -> "rank " + rank + " of " + content);
            // Exact: the same features summed in the same order give the same bits.
            assertEquals(expected[i].getConfidence(), actual[i].getConfidence(), () -> "rank " + rank + " of " + content);
        }
    }
}
