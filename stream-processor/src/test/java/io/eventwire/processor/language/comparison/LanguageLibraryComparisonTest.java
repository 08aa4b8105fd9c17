package io.eventwire.processor.language.comparison;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import io.eventwire.processor.language.LanguageEvalSet;
import io.eventwire.processor.language.LanguageEvalSet.Sample;
import io.eventwire.processor.language.LanguageTagger;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The measurement behind the choice of {@link LanguageTagger}'s library: each candidate, with all its languages
 * and restricted to the tagger's {@link LanguageTagger#NEWS_LANGUAGES}, on the labelled set; accuracy per set,
 * texts per second (one thread, best of five passes after the accuracy passes warmed it up) and the size of the jars it brings. Runs only in the
 * {@code language-comparison} profile, which puts the candidates that lost on the test class path.
 */
class LanguageLibraryComparisonTest {

    /** The best of several passes: the machine is shared, and the slower passes measure the neighbours. */
    private static final int TIMED_PASSES = 5;

    /** A detector answering ISO 639-1 codes, built by {@code load}; its jars are those holding the markers. */
    private record Candidate(String name, Supplier<UnaryOperator<String>> load, List<String> jarMarkers) {
    }

    @Test
    void compareCandidates() {
        List<Sample> texts = LanguageEvalSet.texts();
        List<Sample> titles = LanguageEvalSet.titles();
        // JIT warm-up of the shared OpenNLP code, so that the first row is not measured cold
        LanguageTagger warmUp = new LanguageTagger();
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            texts.forEach(sample -> warmUp.tag(null, sample.content()));
        }
        System.out.printf("%n| library | languages | texts (%d) | titles (%d) | texts/s | jars MB |%n",
                texts.size(), titles.size());
        System.out.println("|---|---|---|---|---|---|");
        for (Candidate candidate : candidates()) {
            UnaryOperator<String> detector = candidate.load().get();
            // the accuracy passes also warm up: lingua, for one, loads its models on first use
            double textAccuracy = accuracy(detector, texts);
            double titleAccuracy = accuracy(detector, titles);
            double textsPerSecond = 0;
            for (int pass = 0; pass < TIMED_PASSES; pass++) {
                long start = System.nanoTime();
                texts.forEach(sample -> detector.apply(sample.content()));
                textsPerSecond = Math.max(textsPerSecond, texts.size() / ((System.nanoTime() - start) / 1e9));
            }
            String[] name = candidate.name().split(" / ");
            System.out.printf("| %s | %s | %.4f | %.4f | %.0f | %.1f |%n", name[0], name[1], textAccuracy,
                    titleAccuracy, textsPerSecond, jarMegabytes(candidate.jarMarkers()));
        }
    }

    private static List<Candidate> candidates() {
        List<String> opennlpJars = List.of("opennlp.tools.langdetect.LanguageDetectorME", "/langdetect-183.bin");
        List<String> linguaJars = List.of("com.github.pemistahl.lingua.api.LanguageDetector", "kotlin.Unit",
                "kotlin.collections.jdk8.CollectionsJDK8Kt", "kotlin.jdk7.AutoCloseableKt",
                "kotlin.reflect.full.KClasses", "com.squareup.moshi.Moshi",
                "com.squareup.moshi.kotlin.reflect.KotlinJsonAdapterFactory", "okio.Buffer",
                "it.unimi.dsi.fastutil.Hash");
        List<String> optimaizeJars = List.of("com.optimaize.langdetect.LanguageDetector", "net.arnx.jsonic.JSON",
                "com.google.common.base.Optional");
        return List.of(
                new Candidate("OpenNLP 2.5.4 + langdetect-183 (LanguageTagger) / 30 news", () -> {
                    LanguageTagger tagger = new LanguageTagger();
                    return text -> tagger.tag(null, text).code();
                }, opennlpJars),
                new Candidate("OpenNLP 2.5.4 + langdetect-183 / all 103", () -> {
                    LanguageTagger tagger = new LanguageTagger(LanguageTagger.supportedLanguages());
                    return text -> tagger.tag(null, text).code();
                }, opennlpJars),
                new Candidate("lingua 1.2.2 / 30 news", () -> lingua(true), linguaJars),
                new Candidate("lingua 1.2.2 / all 75", () -> lingua(false), linguaJars),
                new Candidate("optimaize 0.6 / 30 news", () -> optimaize(true), optimaizeJars),
                new Candidate("optimaize 0.6 / all 71", () -> optimaize(false), optimaizeJars));
    }

    private static UnaryOperator<String> lingua(boolean news) {
        Language[] languages = Arrays.stream(Language.values())
                .filter(language -> language != Language.UNKNOWN)
                .filter(language -> !news || LanguageTagger.NEWS_LANGUAGES.contains(code(language)))
                .toArray(Language[]::new);
        var detector = LanguageDetectorBuilder.fromLanguages(languages).build();
        return text -> code(detector.detectLanguageOf(text));
    }

    private static String code(Language language) {
        return language.getIsoCode639_1() == IsoCode639_1.NONE ? "und"
                : norwegianAsNo(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }

    private static UnaryOperator<String> optimaize(boolean news) {
        try {
            LanguageProfileReader reader = new LanguageProfileReader();
            List<LanguageProfile> profiles = reader.readAllBuiltIn().stream()
                    .filter(profile -> !news || LanguageTagger.NEWS_LANGUAGES.contains(profile.getLocale().getLanguage()))
                    .toList();
            var detector = com.optimaize.langdetect.LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(profiles).build();
            TextObjectFactory factory = CommonTextObjectFactories.forDetectingOnLargeText();
            return text -> {
                // the most probable language, also where optimaize would not commit to one
                List<DetectedLanguage> ranked = detector.getProbabilities(factory.forText(text));
                return ranked.isEmpty() ? "und" : language(ranked.get(0).getLocale());
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String language(LdLocale locale) {
        return norwegianAsNo(locale.getLanguage());
    }

    /** The tagger answers {@code no} for Norwegian, as the contract's ISO 639-1 list does. */
    private static String norwegianAsNo(String code) {
        return code.equals("nb") ? "no" : code;
    }

    private static double accuracy(UnaryOperator<String> detector, List<Sample> samples) {
        return samples.stream().filter(sample -> sample.language().equals(detector.apply(sample.content()))).count()
                / (double) samples.size();
    }

    /** The size of the distinct jars holding the given classes or class-path resources. */
    private static double jarMegabytes(List<String> markers) {
        Set<Path> jars = new HashSet<>();
        for (String marker : markers) {
            try {
                URL location = marker.startsWith("/")
                        ? LanguageLibraryComparisonTest.class.getResource(marker)
                        : Class.forName(marker).getProtectionDomain().getCodeSource().getLocation();
                String jar = location.toString().replaceFirst("^jar:", "").replaceFirst("!/.*$", "");
                jars.add(Path.of(new URL(jar).toURI()));
            } catch (ClassNotFoundException | IOException | URISyntaxException e) {
                throw new IllegalStateException("cannot locate the jar of " + marker, e);
            }
        }
        return jars.stream().mapToLong(LanguageLibraryComparisonTest::size).sum() / 1e6;
    }

    private static long size(Path jar) {
        try {
            return Files.size(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
