package io.eventwire.processor.dedup;

import io.eventwire.contracts.record.Article;
import io.eventwire.processor.dedup.NewsCorpus.Text;
import io.eventwire.processor.dedup.NewsCorpus.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The labelled set streamed through the real processor and its RocksDB stores: what the pairwise evaluation
 * measures also holds when candidates come from the LSH band store. Base articles and the other articles on
 * the same stories come first and must all stay unique; then every variant must point at its own base.
 */
class DeduplicatorCorpusTest {

    @TempDir
    Path stateDir;

    @Test
    void everyVariantPointsAtItsBaseAndEveryOtherArticleStaysUnique() {
        NewsCorpus corpus = new NewsCorpus(NearDuplicateEvaluationTest.SEED);
        List<String[]> uniques = new ArrayList<>();
        List<String[]> variants = new ArrayList<>();
        for (int n = 0; n < NearDuplicateEvaluationTest.STORIES; n++) {
            NewsCorpus.Story story = corpus.story(n);
            for (String language : NewsCorpus.LANGUAGES) {
                Text base = corpus.base(story, language);
                String baseId = "base-" + language + "-" + n;
                uniques.add(new String[] {baseId, base.body()});
                uniques.add(new String[] {"other-" + language + "-" + n, corpus.otherWording(story, base).body()});
                for (Variant variant : Variant.values()) {
                    variants.add(new String[] {variant + "-" + language + "-" + n, corpus.variant(base, variant).body(),
                            baseId});
                }
            }
        }
        try (DedupDriver driver = new DedupDriver(DedupConfig.defaults(), stateDir)) {
            Instant at = Instant.parse("2026-05-05T00:00:00Z");
            int uniqueRight = 0;
            for (String[] unique : uniques) {
                at = at.plusSeconds(60);
                uniqueRight += driver.send(article(unique[0], unique[1]), at).unique() != null ? 1 : 0;
            }
            int variantRight = 0;
            for (String[] variant : variants) {
                at = at.plusSeconds(60);
                DedupVerdict verdict = driver.send(article(variant[0], variant[1]), at);
                variantRight += verdict.duplicate() != null && variant[2].equals(verdict.duplicate().duplicateOf()) ? 1 : 0;
            }
            System.out.printf("streamed through the processor: %d/%d originals unique, %d/%d variants duplicates "
                    + "of their own base%n", uniqueRight, uniques.size(), variantRight, variants.size());
            assertEquals(uniques.size(), uniqueRight);
            assertEquals(variants.size(), variantRight);
        }
    }

    private static Article article(String id, String text) {
        return DedupDriver.article(id, "https://news.example/" + id, text);
    }
}
