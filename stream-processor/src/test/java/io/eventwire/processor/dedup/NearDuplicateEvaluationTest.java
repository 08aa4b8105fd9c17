package io.eventwire.processor.dedup;

import io.eventwire.processor.dedup.NewsCorpus.Text;
import io.eventwire.processor.dedup.NewsCorpus.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Near-duplicate recall and false-positive rate on the generated labelled set ({@link NewsCorpus}), for the
 * rule the detector runs (MinHash + LSH bands at the default settings), compared with plain SimHash at
 * Hamming-distance thresholds. Prints the figures; asserts the bar: recall >= 0.95 at FPR <= 0.5 %.
 */
class NearDuplicateEvaluationTest {

    static final int STORIES = 20;
    static final long SEED = 20260505L;

    /** A labelled pair: is {@code text} a near duplicate of {@code original}? */
    record Pair(String kind, boolean positive, TextFingerprint text, TextFingerprint original) {
    }

    record Score(int truePositives, int positives, int falsePositives, int negatives) {
        double recall() {
            return (double) truePositives / positives;
        }

        double falsePositiveRate() {
            return (double) falsePositives / negatives;
        }

        @Override
        public String toString() {
            return String.format("recall %.3f (%d/%d), FPR %.4f (%d/%d)", recall(), truePositives, positives,
                    falsePositiveRate(), falsePositives, negatives);
        }
    }

    private static final DedupConfig CONFIG = DedupConfig.defaults();
    private static final Fingerprinter FINGERPRINTER = new Fingerprinter(CONFIG);
    private static List<Pair> pairs;

    @BeforeAll
    static void buildLabelledSet() {
        NewsCorpus corpus = new NewsCorpus(SEED);
        pairs = new ArrayList<>();
        Map<String, List<Text>> bases = new TreeMap<>();
        Map<String, List<Text>> others = new TreeMap<>();
        for (int n = 0; n < STORIES; n++) {
            NewsCorpus.Story story = corpus.story(n);
            for (String language : NewsCorpus.LANGUAGES) {
                Text base = corpus.base(story, language);
                Text other = corpus.otherWording(story, base);
                bases.computeIfAbsent(language, l -> new ArrayList<>()).add(base);
                others.computeIfAbsent(language, l -> new ArrayList<>()).add(other);
                for (Variant variant : Variant.values()) {
                    pairs.add(pair("positive " + variant, true, corpus.variant(base, variant), base));
                }
                pairs.add(pair("negative same story, other wording", false, other, base));
            }
        }
        for (int n = 0; n < STORIES; n++) {
            for (int a = 0; a < NewsCorpus.LANGUAGES.size(); a++) {
                for (int b = a + 1; b < NewsCorpus.LANGUAGES.size(); b++) {
                    pairs.add(pair("negative translation", false,
                            bases.get(NewsCorpus.LANGUAGES.get(a)).get(n), bases.get(NewsCorpus.LANGUAGES.get(b)).get(n)));
                }
            }
        }
        for (String language : NewsCorpus.LANGUAGES) {
            for (int i = 0; i < STORIES; i++) {
                for (int j = 0; j < STORIES; j++) {
                    if (i < j) {
                        pairs.add(pair("negative other story", false, bases.get(language).get(i),
                                bases.get(language).get(j)));
                    }
                    if (i != j) {
                        pairs.add(pair("negative other story", false, others.get(language).get(i),
                                bases.get(language).get(j)));
                    }
                }
            }
        }
    }

    private static Pair pair(String kind, boolean positive, Text text, Text original) {
        return new Pair(kind, positive, FINGERPRINTER.fingerprint(text.body()),
                FINGERPRINTER.fingerprint(original.body()));
    }

    static Score score(List<Pair> labelled, BiPredicate<TextFingerprint, TextFingerprint> isDuplicate) {
        int tp = 0;
        int p = 0;
        int fp = 0;
        int n = 0;
        for (Pair pair : labelled) {
            boolean flagged = isDuplicate.test(pair.text(), pair.original());
            if (pair.positive()) {
                p++;
                tp += flagged ? 1 : 0;
            } else {
                n++;
                fp += flagged ? 1 : 0;
            }
        }
        return new Score(tp, p, fp, n);
    }

    @Test
    void minHashWithLshBandsMeetsTheBar() {
        NearDuplicateRule rule = new NearDuplicateRule(CONFIG, FINGERPRINTER);
        Score overall = score(pairs, rule::isNearDuplicate);
        System.out.printf("%nNear-duplicate evaluation: %d labelled pairs from %d stories x %s (seed %d)%n",
                pairs.size(), STORIES, NewsCorpus.LANGUAGES, SEED);
        System.out.printf("MinHash %d x %d bits, %d bands x %d rows, Jaccard >= %.2f: %s%n",
                CONFIG.bands() * CONFIG.rowsPerBand(), DedupConfig.MIN_HASH_BITS, CONFIG.bands(),
                CONFIG.rowsPerBand(), CONFIG.minSimilarity(), overall);
        Map<String, List<Pair>> byKind = new TreeMap<>();
        pairs.forEach(pair -> byKind.computeIfAbsent(pair.kind(), k -> new ArrayList<>()).add(pair));
        byKind.forEach((kind, group) -> System.out.printf("  %-40s %s, estimated Jaccard %s%n", kind,
                score(group, rule::isNearDuplicate), range(group, rule)));
        for (double threshold : new double[] {0.3, 0.4, 0.45, 0.5, 0.6, 0.7}) {
            NearDuplicateRule other = new NearDuplicateRule(CONFIG.withMinSimilarity(threshold), FINGERPRINTER);
            System.out.printf("  MinHash+LSH at Jaccard >= %.2f: %s%n", threshold, score(pairs, other::isNearDuplicate));
        }
        assertTrue(overall.recall() >= 0.95, overall::toString);
        assertTrue(overall.falsePositiveRate() <= 0.005, overall::toString);
    }

    private static String range(List<Pair> group, NearDuplicateRule rule) {
        DoubleSummaryStatistics stats = group.stream()
                .mapToDouble(pair -> rule.similarity(pair.text(), pair.original().minHash()))
                .summaryStatistics();
        return String.format("%.2f..%.2f", stats.getMin(), stats.getMax());
    }

    @Test
    void simHashComparison() {
        Score best = null;
        int bestDistance = -1;
        for (int distance = 3; distance <= 24; distance += 3) {
            int k = distance;
            Score score = score(pairs, (a, b) -> a.shingles() >= CONFIG.minShingles()
                    && TextFingerprint.hammingDistance(a.simHash(), b.simHash()) <= k);
            System.out.printf("  SimHash-64 at Hamming <= %2d: %s%n", distance, score);
            if (score.falsePositiveRate() <= 0.005 && (best == null || score.recall() > best.recall())) {
                best = score;
                bestDistance = distance;
            }
        }
        System.out.printf("SimHash-64 best recall at FPR <= 0.5%%: Hamming <= %d, %s%n", bestDistance, best);
        assertTrue(best != null, "some SimHash threshold keeps the FPR under 0.5 %");
    }
}
