package io.eventwire.processor.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AhoCorasickTest {

    /**
     * With rows for every state, for a few or for the start only, the automaton finds every occurrence a search
     * pattern by pattern finds, in the same order; patterns and texts come from a few letters, so that
     * prefixes, overlaps and failure links abound.
     */
    @Test
    void everyFormFindsEveryOccurrence() {
        SplittableRandom random = new SplittableRandom(3);
        int hits = 0;
        for (int round = 0; round < 300; round++) {
            List<String> patterns = new ArrayList<>();
            for (int p = random.nextInt(1, 12); p > 0; p--) {
                patterns.add(word(random, random.nextInt(1, 5)));
            }
            AhoCorasick flat = new AhoCorasick(patterns);
            AhoCorasick sparse = new AhoCorasick(patterns, null, 0);
            AhoCorasick mixed = new AhoCorasick(patterns, null, 7 * 3);
            for (int t = 0; t < 20; t++) {
                String text = word(random, random.nextInt(0, 40));
                List<AhoCorasick.Hit> found = flat.search(text);
                assertEquals(sparse.search(text), found, () -> patterns + " in " + text);
                assertEquals(mixed.search(text), found, () -> patterns + " in " + text);
                assertEquals(naive(patterns, text), sorted(found), () -> patterns + " in " + text);
                hits += found.size();
            }
        }
        assertTrue(hits > 10_000, "the texts must hold occurrences: " + hits);
    }

    /** Read through a fold, a text gives the occurrences its folded copy gives. */
    @Test
    void aFoldedTextIsReadAsItsFoldedCopy() {
        CharTable upper = CharTable.of(Character::toUpperCase);
        SplittableRandom random = new SplittableRandom(5);
        int hits = 0;
        for (int round = 0; round < 200; round++) {
            List<String> patterns = new ArrayList<>();
            for (int p = random.nextInt(1, 8); p > 0; p--) {
                patterns.add(word(random, random.nextInt(1, 4)).toUpperCase());
            }
            AhoCorasick plain = new AhoCorasick(patterns);
            for (int maxEntries : new int[]{0, 7 * 3, Transitions.MAX_ENTRIES}) {
                AhoCorasick folded = new AhoCorasick(patterns, upper, maxEntries);
                for (int t = 0; t < 10; t++) {
                    String text = word(random, random.nextInt(0, 30));
                    List<AhoCorasick.Hit> found = folded.search(text);
                    assertEquals(plain.search(text.toUpperCase()), found, () -> patterns + " in " + text);
                    hits += found.size();
                }
            }
        }
        assertTrue(hits > 1_000, "the texts must hold occurrences: " + hits);
    }

    private static String word(SplittableRandom random, int length) {
        String alphabet = "aab c中!";
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    private static List<AhoCorasick.Hit> naive(List<String> patterns, String text) {
        List<AhoCorasick.Hit> hits = new ArrayList<>();
        for (int p = 0; p < patterns.size(); p++) {
            for (int at = text.indexOf(patterns.get(p)); at >= 0; at = text.indexOf(patterns.get(p), at + 1)) {
                hits.add(new AhoCorasick.Hit(p, at, at + patterns.get(p).length()));
            }
        }
        return sorted(hits);
    }

    private static List<AhoCorasick.Hit> sorted(List<AhoCorasick.Hit> hits) {
        return hits.stream().sorted(Comparator.comparingInt(AhoCorasick.Hit::end)
                .thenComparingInt(AhoCorasick.Hit::start).thenComparingInt(AhoCorasick.Hit::pattern)).toList();
    }
}
