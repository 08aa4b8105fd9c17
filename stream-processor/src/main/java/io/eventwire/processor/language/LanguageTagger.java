package io.eventwire.processor.language;

import io.eventwire.contracts.record.Article;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tags an article with its language: Apache OpenNLP's language detector with the {@code langdetect-183} model
 * (103 languages, from the {@code opennlp-models-langdetect} artifact on Maven Central), its answer restricted
 * to a set of candidate languages. The choice and the candidate set were measured: see
 * {@code stream-processor/QUALITY.md}.
 *
 * <p>Title and text are judged together: the language of most of the words wins a mixed text (measured:
 * one sentence in another language making up a third of the text changes the answer in under 2 % of cases),
 * and a missing text falls back on the title. Thread-safe: the model is shared and read-only, and the detector
 * ({@link NGramLanguageDetector}, OpenNLP's answers among the candidates at less cost) is stateless.
 */
public final class LanguageTagger {

    /**
     * The default candidates: widely published news languages. Regional and constructed languages that the
     * model confuses with them on short titles (Galician for Portuguese, Esperanto, Chechen for Russian) are
     * left out; a caller who needs them passes its own set.
     */
    public static final Set<String> NEWS_LANGUAGES = Set.of("ar", "bg", "cs", "da", "de", "el", "en", "es", "fa",
            "fi", "fr", "he", "hi", "hu", "id", "it", "ja", "ko", "nl", "no", "pl", "pt", "ro", "ru", "sv", "th",
            "tr", "uk", "vi", "zh");

    /** Below this many letters (a Chinese, Japanese or Korean character counts three) a text is {@code und}. */
    static final int MIN_LETTER_WEIGHT = 12;
    /**
     * No letter below Hangul Jamo (U+1100) is Chinese, Japanese or Korean: Latin, Greek, Cyrillic, Arabic and the
     * other alphabets skip the script lookup, a binary search (measured: 3 % of the language step).
     */
    static final int FIRST_DENSE_LETTER = 0x1100;
    /**
     * Enough text to tell any language; the rest of a long article only costs time (the model's work grows with
     * the characters read). Measured: 1,500 tags every labelled set as 4,000 did, long texts opened by foreign
     * sentences included, and 500 of 500 corpus articles and 60 of 60 text-extraction pages alike; 1,000 lets
     * three foreign opening sentences decide more often (see {@code stream-processor/QUALITY.md}). Fewer
     * Chinese, Japanese or Korean chars (each counted 3, as {@link #MIN_LETTER_WEIGHT} counts them, or 2) were
     * measured too: 3 lets foreign openings decide more often, below the bar; 2 tags every set alike but lowers
     * Chinese articles' confidence (by up to 0.145) for no language CPU measurable over the corpus.
     */
    static final int MAX_CHARS = 1500;
    private static final String MODEL_RESOURCE = "/langdetect-183.bin";

    private static volatile LanguageDetectorModel sharedModel;
    /**
     * One detector per set of candidates, shared by the taggers over that set: its table of the model's
     * parameters takes a moment and ~6 MB (for the news languages) to build.
     */
    private static final Map<Set<String>, NGramLanguageDetector> DETECTORS = new ConcurrentHashMap<>();

    private final NGramLanguageDetector detector;
    private final Map<String, String> iso1ByModelCode;

    /** A tagger over {@link #NEWS_LANGUAGES}. */
    public LanguageTagger() {
        this(NEWS_LANGUAGES);
    }

    /** A tagger whose answers are restricted to {@code candidates} (ISO 639-1 codes). */
    public LanguageTagger(Set<String> candidates) {
        this.iso1ByModelCode = iso1ByIso3();
        this.detector = DETECTORS.computeIfAbsent(Set.copyOf(candidates), LanguageTagger::detectorAmong);
    }

    public LanguageTag tag(String title, String text) {
        String input = join(title, text);
        if (!hasLetterWeight(input, MIN_LETTER_WEIGHT)) {
            return LanguageTag.undetermined();
        }
        Map<String, Double> distribution = new HashMap<>();
        double mass = 0;
        for (Language language : detector.predictLanguages(input)) {
            String code = iso1(language);
            // A language the model splits (Norwegian Bokmål and Nynorsk) keeps its best variant: on a short
            // text the probabilities are nearly flat, and a sum would favour every split language.
            if (!distribution.containsKey(code)) {
                distribution.put(code, language.getConfidence());
                mass += language.getConfidence();
            }
        }
        if (mass <= 0) {
            return LanguageTag.undetermined();
        }
        Map.Entry<String, Double> best = distribution.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow();
        return new LanguageTag(best.getKey(), best.getValue() / mass);
    }

    /** The article with {@code language} and {@code languageConfidence} set from its title and text. */
    public Article tagged(Article a) {
        LanguageTag tag = tag(a.title(), a.text());
        return new Article(a.schema(), a.id(), a.url(), a.canonicalUrl(), a.source(), a.title(), a.author(),
                a.publishedAt(), a.fetchedAt(), tag.code(), tag.confidence(), a.text(), a.contentHash(),
                a.simhash(), a.pipelineVersion());
    }

    /** The ISO 639-1 codes the model knows, a superset of what a tagger may answer. */
    public static Set<String> supportedLanguages() {
        Map<String, String> iso1 = iso1ByIso3();
        var maxent = model().getMaxentModel();
        Set<String> supported = new TreeSet<>();
        for (int i = 0; i < maxent.getNumOutcomes(); i++) {
            supported.add(iso1.getOrDefault(maxent.getOutcome(i), maxent.getOutcome(i)));
        }
        return supported;
    }

    private String iso1(Language language) {
        return iso1ByModelCode.getOrDefault(language.getLang(), language.getLang());
    }

    private static String join(String title, String text) {
        String joined = (title == null ? "" : title) + "\n" + (text == null ? "" : text);
        return joined.length() > MAX_CHARS ? joined.substring(0, MAX_CHARS) : joined;
    }

    /**
     * Whether the letters of {@code text} weigh {@code least} or more. It reads only as far as it must: the
     * first dozen letters of an article, where it weighed all 1,500 characters (measured: 4 % of the language
     * step, most of it the script lookup of every Chinese character).
     */
    static boolean hasLetterWeight(String text, int least) {
        int weight = 0;
        for (int i = 0; i < text.length() && weight < least; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                weight += cp >= FIRST_DENSE_LETTER && isDense(cp) ? 3 : 1;
            }
        }
        return weight >= least;
    }

    private static boolean isDense(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** The model speaks ISO 639-3 ({@code deu}, {@code cmn}); the contract wants ISO 639-1. */
    private static Map<String, String> iso1ByIso3() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            map.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
        }
        // Java's legacy two-letter codes, and macrolanguage members the model names by their own code.
        map.put("heb", "he");
        map.put("ind", "id");
        map.put("yid", "yi");
        map.put("cmn", "zh");
        map.put("nob", "no");
        map.put("nno", "no");
        map.put("pes", "fa");
        map.put("zlm", "ms");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        return map;
    }

    /** A detector among the model's languages that are {@code candidates}. */
    private static NGramLanguageDetector detectorAmong(Set<String> candidates) {
        Map<String, String> iso1 = iso1ByIso3();
        return new NGramLanguageDetector(model(), code -> candidates.contains(iso1.getOrDefault(code, code)));
    }

    static LanguageDetectorModel model() {
        LanguageDetectorModel loaded = sharedModel;
        if (loaded == null) {
            synchronized (LanguageTagger.class) {
                loaded = sharedModel;
                if (loaded == null) {
                    try (InputStream in = LanguageTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(MODEL_RESOURCE + " is not on the class path: "
                                    + "the opennlp-models-langdetect artifact is missing");
                        }
                        loaded = new LanguageDetectorModel(in);
                        sharedModel = loaded;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
                    }
                }
            }
        }
        return loaded;
    }
}
