package io.eventwire.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Texts for the property tests that compare a hand-written step with the regular expression or library it
 * replaces: strung together from a few pieces the expression cares about, so that matches and near misses
 * are common, the same texts for a seed on every run.
 */
public final class RandomTexts {

    private RandomTexts() {
    }

    /**
     * {@code count} texts of {@code minPieces} to {@code maxPieces - 1} pieces each; with {@code spaced}, two
     * pieces in three are followed by a space.
     */
    public static List<String> of(String[] pieces, long seed, int count, int minPieces, int maxPieces,
                                  boolean spaced) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> texts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(minPieces, maxPieces); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (spaced && random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /**
     * Asserts that a gate, {@code mayMatch}, lets through every text that {@code pattern} finds a match in; returns
     * in how many texts it found one, for the caller to check that the texts exercise the pattern.
     */
    public static int assertGateLetsThroughEveryMatch(Pattern pattern, Predicate<String> mayMatch, List<String> texts) {
        int matches = 0;
        for (String text : texts) {
            if (pattern.matcher(text).find()) {
                matches++;
                assertTrue(mayMatch.test(text), text);
            }
        }
        return matches;
    }

    /** The text's chars as U+XXXX codes, for a failure message that shows what cannot be seen. */
    public static String codes(String text) {
        return text.chars().mapToObj(c -> String.format("U+%04X", c)).collect(Collectors.joining(" "));
    }
}
