package io.eventwire.bench.corpus;

import java.util.List;

/**
 * What the synthetic corpus looks like. Shares are fractions of the corpus (duplicates) or of the main-text
 * sentences (event sentences); the generator meets them to within one article or one sentence per article.
 *
 * @param seed                everything the generator writes follows from it: same seed, same bytes
 * @param exactDuplicateShare articles whose main text repeats an earlier article's verbatim, at another URL
 * @param nearDuplicateShare  articles that repeat an earlier one with a few sentences changed, on another site
 * @param eventSentenceShare  main-text sentences that state a sanction or a market event (half each)
 * @param languages           the languages, drawn with equal weight
 * @param minBytes            smallest page, UTF-8 bytes
 * @param maxBytes            largest page, UTF-8 bytes
 */
public record CorpusSpec(long seed, double exactDuplicateShare, double nearDuplicateShare, double eventSentenceShare,
                         List<Language> languages, int minBytes, int maxBytes) {

    public static final int MIN_BYTES = 3 * 1024;
    public static final int MAX_BYTES = 30 * 1024;

    public CorpusSpec {
        languages = List.copyOf(languages);
        requireShare("exactDuplicateShare", exactDuplicateShare);
        requireShare("nearDuplicateShare", nearDuplicateShare);
        requireShare("eventSentenceShare", eventSentenceShare);
        if (exactDuplicateShare + nearDuplicateShare >= 1) {
            throw new IllegalArgumentException("duplicate shares must leave room for originals");
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language is required");
        }
        if (minBytes < 2048 || maxBytes < minBytes + 2048) {
            throw new IllegalArgumentException("page sizes must allow 2 KB of chrome and 2 KB of text");
        }
    }

    /** 10 % exact and 10 % near duplicates, 8 % event sentences, zh/en/de, 3–30 KB pages. */
    public static CorpusSpec defaults(long seed) {
        return new CorpusSpec(seed, 0.10, 0.10, 0.08, List.of(Language.values()), MIN_BYTES, MAX_BYTES);
    }

    public CorpusSpec withShares(double exactDuplicates, double nearDuplicates, double eventSentences) {
        return new CorpusSpec(seed, exactDuplicates, nearDuplicates, eventSentences, languages, minBytes, maxBytes);
    }

    private static void requireShare(String name, double share) {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + share);
        }
    }
}
