package io.eventwire.processor;

import io.eventwire.processor.text.GatedAlternations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The check behind the tests of the rule sets read through {@link GatedAlternations}: on each text, the gated
 * branches report what a {@link Matcher#find()} loop over each whole pattern finds, in the same order, and find
 * some match exactly where a whole pattern does.
 */
public final class WholePatterns {

    private WholePatterns() {
    }

    /** Asserts the promise on every text; returns how many matches were compared. */
    public static int assertGatedMatchesAreTheWholePatterns(GatedAlternations gated, List<String> texts) {
        int compared = 0;
        for (String text : texts) {
            List<List<Integer>> expected = new ArrayList<>();
            for (int p = 0; p < gated.patterns().size(); p++) {
                Matcher m = gated.patterns().get(p).matcher(text);
                while (m.find()) {
                    expected.add(List.of(p, m.start(), m.end()));
                }
            }
            List<List<Integer>> actual = new ArrayList<>();
            gated.forEachMatch(text, (pattern, start, end) -> actual.add(List.of(pattern, start, end)));
            assertEquals(expected, actual, () -> text + " = " + RandomTexts.codes(text));
            assertEquals(!expected.isEmpty(), gated.anyMatch(text), () -> text + " = " + RandomTexts.codes(text));
            compared += expected.size();
        }
        return compared;
    }
}
