package io.eventwire.processor.text;

import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlternationTest {

    @Test
    void branchesAreCutOnlyAtTheTopLevel() {
        assertEquals(List.of("a(?:b|c)", "[|x]", "\\|y", "\\Qp|q\\E", "(?i:z|w)"),
                Alternation.topLevelBranches("a(?:b|c)|[|x]|\\|y|\\Qp|q\\E|(?i:z|w)"));
        assertEquals(List.of("[a[b|c]]d", "e"), Alternation.topLevelBranches("[a[b|c]]d|e"));
        assertEquals(List.of("single"), Alternation.topLevelBranches("single"));
    }

    @Test
    void aFlagForTheRestOfThePatternIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Alternation.of(Pattern.compile("a(?i)b|c")));
        Alternation scoped = Alternation.of(Pattern.compile("a(?i:b)|c"));
        assertEquals(2, scoped.branches().size());
    }

    @Test
    void theBranchesKeepThePatternsFlags() {
        Alternation alternation = Alternation.of(Pattern.compile("ban|sanction", Pattern.CASE_INSENSITIVE));
        assertEquals(List.of(List.of(0, 3), List.of(8, 16)), matches(alternation, "BAN and Sanction",
                PatternGate.Candidates.all(2, 16)));
    }

    /**
     * The promise on random texts: with every branch tried, and with only those a gate lets through, the
     * matches are those of a find() loop over the whole pattern. The patterns have branches that overlap, tie
     * at one start with different lengths, match the empty string and look behind and ahead.
     */
    @Test
    void theMatchesAreThoseOfTheWholePattern() {
        List<Pattern> patterns = List.of(
                Pattern.compile("ban|bans|banned\\s+on", Pattern.CASE_INSENSITIVE),
                Pattern.compile("\\blift(?:s|ed)?\\s+.{0,12}?sanctions|\\bsanctions\\b|\\b(?:sanctions|ban)\\s+(?:was|were)\\s+lifted",
                        Pattern.CASE_INSENSITIVE),
                Pattern.compile("(?:解除|取消).{0,6}(?:制裁|禁令)|制裁|禁令|列入.{0,4}名单"),
                Pattern.compile("x*|on"),
                Pattern.compile("(?<![a-z])on(?![a-z])|lifted\\b|[Ll]ist(?:e|en)?\\b"));
        List<Alternation> alternations = patterns.stream().map(Alternation::of).toList();
        PatternGate gate = PatternGate.anchoring(alternations.stream().flatMap(a -> a.branches().stream()).toList());
        String[] words = {"ban", "Bans", "banned", "on", "lift", "lifted", "lifts", "sanctions", "SANCTIONS", "was",
                "were", "解除", "取消", "制裁", "禁令", "列入", "名单", "的", "list", "Liste", "x", "xx", "onion", " ", " ", "-"};
        int compared = 0;
        for (String text : RandomTexts.of(words, 17, 20_000, 1, 14, true)) {
            PatternGate.Candidates gated = gate.scan(text);
            int offset = 0;
            for (int p = 0; p < patterns.size(); p++) {
                List<List<Integer>> expected = wholePatternMatches(patterns.get(p), text);
                Alternation alternation = alternations.get(p);
                assertEquals(expected, matches(alternation, text,
                        PatternGate.Candidates.all(alternation.branches().size(), text.length())), text);
                assertEquals(expected, matches(alternation, text, gated, offset), text);
                compared += expected.size();
                offset += alternation.branches().size();
            }
        }
        assertTrue(compared > 20_000, "the random texts must exercise the patterns: " + compared);
    }

    private static List<List<Integer>> wholePatternMatches(Pattern pattern, String text) {
        List<List<Integer>> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(List.of(m.start(), m.end()));
        }
        return out;
    }

    private static List<List<Integer>> matches(Alternation alternation, String text, PatternGate.Candidates candidates) {
        return matches(alternation, text, candidates, 0);
    }

    private static List<List<Integer>> matches(Alternation alternation, String text, PatternGate.Candidates candidates,
                                               int offset) {
        List<List<Integer>> out = new ArrayList<>();
        alternation.forEachMatch(text, candidates, offset, (start, end) -> out.add(List.of(start, end)));
        return out;
    }
}
