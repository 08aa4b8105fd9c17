package io.eventwire.processor.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The labelled language set: per language, sentences and titles written for this test in
 * {@code language-eval/<code>.txt}; article-length texts are built from the sentences (shuffled, joined until
 * the text is over 200 characters) by a seeded {@link Random}, so the set is the same on every run.
 */
public final class LanguageEvalSet {

    public static final List<String> LANGUAGES = List.of("zh", "en", "de", "fr", "es", "ru", "ja", "ko", "ar", "pt");
    static final int TEXTS_PER_LANGUAGE = 40;
    static final int MIN_TEXT_LENGTH = 200;
    static final int LONG_TEXT_LENGTH = 4500;
    private static final long SEED = 20260505L;

    /** One labelled sample: the language it is written in and its content. */
    public record Sample(String language, String content) {
    }

    private LanguageEvalSet() {
    }

    public static List<Sample> titles() {
        List<Sample> titles = new ArrayList<>();
        for (String language : LANGUAGES) {
            section(language, "titles").forEach(title -> titles.add(new Sample(language, title)));
        }
        return titles;
    }

    public static List<Sample> texts() {
        Random random = new Random(SEED);
        List<Sample> texts = new ArrayList<>();
        for (String language : LANGUAGES) {
            List<String> sentences = new ArrayList<>(section(language, "sentences"));
            String separator = language.equals("zh") || language.equals("ja") ? "" : " ";
            for (int n = 0; n < TEXTS_PER_LANGUAGE; n++) {
                Collections.shuffle(sentences, random);
                StringBuilder text = new StringBuilder();
                for (int i = 0; text.length() <= MIN_TEXT_LENGTH; i++) {
                    text.append(i == 0 ? "" : separator).append(sentences.get(i));
                }
                texts.add(new Sample(language, text.toString()));
            }
        }
        return texts;
    }

    /**
     * Article-length texts (over {@value #LONG_TEXT_LENGTH} characters: more than the tagger reads) that open
     * with {@code foreignLead} sentences of another language, then go on in their own: per language, 10 texts
     * without a lead, or 2 per other language with one. The opening is what a tagger reading only the start of
     * a text sees most of, so this is the set on which reading less could cost accuracy.
     */
    static List<Sample> longTexts(int foreignLead) {
        Random random = new Random(SEED + foreignLead);
        List<Sample> texts = new ArrayList<>();
        for (String language : LANGUAGES) {
            List<String> sentences = new ArrayList<>(sentences(language));
            String separator = language.equals("zh") || language.equals("ja") ? "" : " ";
            for (String other : LANGUAGES) {
                if (foreignLead > 0 == other.equals(language)) {
                    continue;
                }
                for (int n = 0; n < (foreignLead == 0 ? 10 : 2); n++) {
                    StringBuilder text = new StringBuilder();
                    List<String> foreign = new ArrayList<>(sentences(other));
                    Collections.shuffle(foreign, random);
                    foreign.stream().limit(foreignLead).forEach(sentence -> text.append(sentence).append(' '));
                    while (text.length() <= LONG_TEXT_LENGTH) {
                        Collections.shuffle(sentences, random);
                        sentences.forEach(sentence -> text.append(sentence).append(separator));
                    }
                    texts.add(new Sample(language, text.toString()));
                }
            }
        }
        return texts;
    }

    static List<String> sentences(String language) {
        return section(language, "sentences");
    }

    private static List<String> section(String language, String name) {
        String resource = "/language-eval/" + language + ".txt";
        try (InputStream in = LanguageEvalSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<String> items = new ArrayList<>();
            boolean inSection = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    inSection = trimmed.equals("[" + name + "]");
                } else if (inSection && !trimmed.isEmpty()) {
                    items.add(trimmed);
                }
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
