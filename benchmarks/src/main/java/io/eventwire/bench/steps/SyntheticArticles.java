package io.eventwire.bench.steps;

import io.eventwire.contracts.record.Article;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Distinct short articles to fill the dedup state with: 60 words drawn from 5,000 made-up ones, so that every
 * article's shingles are its own and each is judged unique and indexed. Not thread-safe.
 */
final class SyntheticArticles {

    private final String[] words;
    private final SplittableRandom random;
    private long made;

    /** @param vocabulary draws the made-up words; {@code text} draws each text from them */
    SyntheticArticles(SplittableRandom vocabulary, SplittableRandom text) {
        this.words = words(vocabulary);
        this.random = text;
    }

    Article next() {
        long i = ++made;
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 60; w++) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        String id = String.format(Locale.ROOT, "%032x", i);
        return new Article(Article.SCHEMA, id, "https://fill.example/" + i, null, "fill.example", null, null, null,
                null, "en", 1.0, text.toString(), null, null, "fill");
    }

    private static String[] words(SplittableRandom random) {
        String[] words = new String[5000];
        for (int i = 0; i < words.length; i++) {
            StringBuilder word = new StringBuilder();
            for (int c = 3 + random.nextInt(7); c > 0; c--) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = word.toString();
        }
        return words;
    }
}
