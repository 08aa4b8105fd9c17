package io.eventwire.processor.dedup;

import io.eventwire.processor.SeedArticles;
import io.eventwire.processor.SeedArticles.Seed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five real seeds (read from ../shared at run time) are five different articles: none duplicates another. */
class SeedDedupTest {

    @Test
    void noSeedIsADuplicateOfAnother() {
        List<Seed> seeds = SeedArticles.load();
        assertEquals(5, seeds.size());
        DedupConfig config = DedupConfig.defaults();
        Fingerprinter fingerprinter = new Fingerprinter(config);
        NearDuplicateRule rule = new NearDuplicateRule(config, fingerprinter);
        List<TextFingerprint> fingerprints = seeds.stream().map(seed -> fingerprinter.fingerprint(seed.text())).toList();
        double highest = 0;
        for (int a = 0; a < seeds.size(); a++) {
            assertTrue(fingerprints.get(a).shingles() >= config.minShingles(), seeds.get(a).file() + " is long enough");
            for (int b = 0; b < seeds.size(); b++) {
                if (a != b) {
                    TextFingerprint text = fingerprints.get(a);
                    TextFingerprint original = fingerprints.get(b);
                    assertFalse(text.exactKey().equals(original.exactKey()));
                    assertFalse(rule.isNearDuplicate(text, original),
                            seeds.get(a).file() + " flagged as a near duplicate of " + seeds.get(b).file());
                    highest = Math.max(highest, rule.similarity(text, original.minHash()));
                }
            }
        }
        System.out.printf("seeds: highest estimated Jaccard between two different seeds %.3f%n", highest);
    }
}
