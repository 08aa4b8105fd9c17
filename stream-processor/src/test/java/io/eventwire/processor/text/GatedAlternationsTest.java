package io.eventwire.processor.text;

import io.eventwire.processor.RandomTexts;
import io.eventwire.processor.WholePatterns;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

class GatedAlternationsTest {

    /**
     * Patterns with overlapping branches, ties at one start, empty matches, lookarounds and an ungated branch
     * report, pattern by pattern, what each whole pattern finds.
     */
    @Test
    void theMatchesAreThoseOfEachWholePatternInListOrder() {
        GatedAlternations gated = GatedAlternations.of(List.of(
                Pattern.compile("ban|bans|banned\\s+on", Pattern.CASE_INSENSITIVE),
                Pattern.compile("(?:解除|取消).{0,6}(?:制裁|禁令)|制裁|禁令"),
                Pattern.compile("x*|on"),
                Pattern.compile("(?<![a-z])on(?![a-z])|lifted\\b|\\d+%|[Ll]ist(?:e|en)?\\b")));
        String[] words = {"ban", "Bans", "banned", "on", "lifted", "解除", "取消", "制裁", "禁令", "list", "Liste",
                "x", "xx", "onion", "12", "%", " ", " ", "-"};
        int compared = WholePatterns.assertGatedMatchesAreTheWholePatterns(gated,
                RandomTexts.of(words, 41, 10_000, 1, 12, true));
        assertTrue(compared > 20_000, "the random texts must exercise the patterns: " + compared);
    }
}
