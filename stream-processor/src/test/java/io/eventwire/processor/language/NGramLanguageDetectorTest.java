package io.eventwire.processor.language;

import io.eventwire.processor.language.LanguageEvalSet.Sample;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

    /** What the tagger hands over: the start of long texts, some opening in another language. */
    @Test
    void everyLanguageAndProbabilityIsOpenNlpsOnWhatTheTaggerReadsOfLongTexts() {
        for (int foreignLead = 0; foreignLead <= 3; foreignLead++) {
            for (Sample sample : LanguageEvalSet.longTexts(foreignLead)) {
                assertSameAnswer("\n" + sample.content().substring(0, LanguageTagger.MAX_CHARS - 1));
            }
        }
    }

    /** Texts whose n-grams crowd one bucket of OpenNLP's map, which then orders them as a tree. */
    @Test
    void everyLanguageAndProbabilityIsOpenNlpsWhereTheMapMakesATree() {
        String crowded = DistinctGramsTest.crowded(12);
        assertNull(DistinctGrams.of(crowded.toCharArray()).hashMapOrder());
        assertSameAnswer(crowded);
        assertSameAnswer("新闻 " + crowded + " 报道");
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
