package io.eventwire.processor.language;

import io.eventwire.processor.language.LanguageEvalSet.Sample;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link NGramLanguageDetector} answers what OpenNLP's {@link LanguageDetectorME} answers, restricted to the
 * detector's languages and divided by their sum: every language with its probability, up to the last digits.
 */
class NGramLanguageDetectorTest {

    /** The sums are taken in another order than OpenNLP's: their last bits, no more, may differ. */
    private static final double TOLERANCE = 1e-9;
    private static final Set<String> SOME = Set.of("deu", "eng", "cmn", "fra", "jpn", "nob", "nno", "rus");

    private final LanguageDetectorModel model = LanguageTagger.model();
    private final NGramLanguageDetector all = new NGramLanguageDetector(model, code -> true);
    private final NGramLanguageDetector some = new NGramLanguageDetector(model, SOME::contains);

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

    /** What the tagger hands over: the start of long texts, some opening in another language. */
    @Test
    void everyLanguageAndProbabilityIsOpenNlpsOnWhatTheTaggerReadsOfLongTexts() {
        for (int foreignLead = 0; foreignLead <= 3; foreignLead++) {
            for (Sample sample : LanguageEvalSet.longTexts(foreignLead)) {
                assertSameAnswer("\n" + sample.content().substring(0, LanguageTagger.MAX_CHARS - 1));
            }
        }
    }

    private void assertSameAnswer(String content) {
        Language[] openNlp = new LanguageDetectorME(model).predictLanguages(content);
        assertSameAnswer(content, openNlp, all.predictLanguages(content), code -> true);
        assertSameAnswer(content, openNlp, some.predictLanguages(content), SOME::contains);
    }

    private static void assertSameAnswer(String content, Language[] openNlp, Language[] actual,
                                         Predicate<String> kept) {
        Map<String, Double> expected = new LinkedHashMap<>();
        double mass = Arrays.stream(openNlp).filter(l -> kept.test(l.getLang())).mapToDouble(Language::getConfidence)
                .sum();
        Arrays.stream(openNlp).filter(l -> kept.test(l.getLang()))
                .forEach(l -> expected.put(l.getLang(), l.getConfidence() / mass));
        assertEquals(expected.size(), actual.length, content);
        for (int rank = 0; rank < actual.length; rank++) {
            Language language = actual[rank];
            String at = "rank " + rank + " of " + content;
            assertEquals(expected.get(language.getLang()), language.getConfidence(), TOLERANCE, at);
            if (rank > 0) {
                assertTrue(actual[rank - 1].getConfidence() >= language.getConfidence(), at);
            }
        }
        String openNlpFirst = expected.keySet().iterator().next();
        assertTrue(actual[0].getLang().equals(openNlpFirst)
                        || actual[0].getConfidence() - expected.get(openNlpFirst) <= TOLERANCE,
                () -> "the most probable of " + content);
    }
}
