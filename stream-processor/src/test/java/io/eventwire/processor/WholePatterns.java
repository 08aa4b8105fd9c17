package io.eventwire.processor;

import io.eventwire.processor.text.GatedAlternations;
import io.eventwire.processor.text.PatternGate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The checks behind the tests of the rule sets read through a gate: on each text, the gated branches of a
 * {@link GatedAlternations} report what a {@link Matcher#find()} loop over each whole pattern finds, in the same
 * order, and find some match exactly where a whole pattern does; patterns behind an anchoring {@link PatternGate}
 * find what a search with each finds.
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

    /** Asserts that each pattern, tried through its anchoring gate, finds on every text what a search finds. */
    public static int assertAnchoredMatchesAreTheSearches(List<Pattern> patterns, List<String> texts) {
        PatternGate gate = PatternGate.anchoring(patterns);
        int compared = 0;
        for (String text : texts) {
            PatternGate.Candidates candidates = gate.scan(text);
            for (int p = 0; p < patterns.size(); p++) {
                List<List<Integer>> expected = new ArrayList<>();
                Matcher search = patterns.get(p).matcher(text);
                while (search.find()) {
                    expected.add(List.of(search.start(), search.end()));
                }
                List<List<Integer>> gated = new ArrayList<>();
                if (candidates.contains(p)) {
                    candidates.forEachMatch(p, patterns.get(p).matcher(text), m -> gated.add(List.of(m.start(), m.end())));
                }
                int pattern = p;
                assertEquals(expected, gated, () -> pattern + " in " + text + " = " + RandomTexts.codes(text));
                compared += expected.size();
            }
        }
        return compared;
    }
}
