package io.eventwire.processor.text;

import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequiredLiteralsTest {

    /** Patterns for the property tests: case folds, alternatives, lookarounds, and two that need no literal. */
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\bban(?:s|ned)?\\s+(?:on\\s+)?(?:exports?|sales)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?:解除|取消).{0,6}(?:制裁|禁令)"),
            Pattern.compile("[Ll]izenz(?:en)?\\b.{0,10}?widerr(?:ief|ufen)"),
            Pattern.compile("\\bSDN[- ]list\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("(?<![a-z])(?:lost|shed)(?![a-z])|蒸发"),
            Pattern.compile("\\d+\\s*(?:亿|万)元"),
            Pattern.compile("\\d{2}[.,]?\\d*"),
            Pattern.compile("Kurs(?:e|es)?(?!\\p{L})|(?i:sell-?off)"),
            Pattern.compile("\\p{IsHan}{2}(?=[（(]\\d)"));
    /** The patterns' own words, their case variants and noise, so that near misses are common. */
    private static final String[] WORDS = {"ban", "Ban", "BANS", "banned", "on", "exports", "Sales", "解除", "取消", "制裁",
            "禁令", "Lizenz", "lizenzen", "widerrief", "Widerrufen", "SDN", "sdn", "list", "LIST", "lost", "Shed", "蒸发",
            "12", "亿", "元", "万", "Kurs", "kurse", "Kurses", "sell-off", "SELLOFF", "x", "-", " ", " ", "的", "a", "é", "（", "(", "华为"};

    private static Set<String> of(String regex, int flags) {
        return RequiredLiterals.of(Pattern.compile(regex, flags));
    }

    private static Set<String> of(String regex) {
        return of(regex, 0);
    }

    @Test
    void aRunOfLiteralsIsRequired() {
        assertEquals(Set.of("entity list"), of("\\bentity list\\b"));
        assertEquals(Set.of("abc"), of("(?<!x)abc(?=d)"));
        assertEquals(Set.of("colo"), of("colou?r"));
    }

    @Test
    void theMostSelectivePartOfASequenceIsKept() {
        assertEquals(Set.of("ban"), of("\\bban(?:s|ned)?\\s+on"));
        assertEquals(Set.of("buying", "purchasing", "using"),
                of("\\b(?:ban|bar)\\s+.{0,40}?\\bfrom\\s+(?:buying|purchasing|using)\\b"));
    }

    @Test
    void alternativesRequireOneOfTheirLiterals() {
        assertEquals(Set.of("制裁", "禁令"), of("(?:制裁|禁令)"));
        assertEquals(Set.of("ban", "bar"), of("\\b(?:ban|bans|banned|bar|bars)\\b"));
    }

    @Test
    void literalsAreCaseFolded() {
        assertEquals(Set.of("lizenzen"), of("[Ll]izenzen"));
        assertEquals(Set.of("export"), of("(?i:Export)"));
        assertEquals(Set.of("sdn-liste"), of("\\bSDN-Liste\\b", Pattern.CASE_INSENSITIVE));
    }

    @Test
    void anOptionalOrUnliteralBranchRequiresNothing() {
        assertNull(of("a|\\d+"));
        assertNull(of("(?:abc)?\\w+"));
        assertNull(of("[^a]b?|x"));
        assertEquals(Set.of("元"), of("\\d+\\s*(?:亿|万)元"));
    }

    @Test
    void aPositiveLookaroundRequiresItsLiteralsWhereNothingElseIs() {
        assertEquals(Set.of("（", "("), of("\\p{IsHan}{2,6}(?=[（(]\\d{6})"));
        assertEquals(Set.of("元"), of("(?<=元)\\d+"));
        assertEquals(Set.of("abc"), of("abc(?=defg)"));
        assertNull(of("\\w+(?!x)(?<!y)"));
        assertNull(of("\\w+(?=x)?"));
    }

    @Test
    void aMatchStartsWithTheRunOrTheGroupAfterItsAssertions() {
        assertEquals(Set.of("ban"), RequiredLiterals.startsOf(Pattern.compile("\\b(?:ban|bans|banned)\\s+on")));
        assertEquals(Set.of("limit"), RequiredLiterals.startsOf(Pattern.compile("(?<![a-z])(?i:limit[- ]down)")));
        assertEquals(Set.of("lizenz"), RequiredLiterals.startsOf(Pattern.compile("[Ll]izenz(?:en)?")));
        assertEquals(Set.of("ab", "b"), RequiredLiterals.startsOf(Pattern.compile("ab|b")));
        assertEquals(Set.of("a"), RequiredLiterals.startsOf(Pattern.compile("a+b|ab")));
    }

    @Test
    void anOptionalOrUnliteralStartStartsWithNothing() {
        assertNull(RequiredLiterals.startsOf(Pattern.compile("(?:abc)?d")));
        assertNull(RequiredLiterals.startsOf(Pattern.compile("\\d+元")));
        assertNull(RequiredLiterals.startsOf(Pattern.compile("abc|.x")));
        assertNull(RequiredLiterals.startsOf(Pattern.compile("(?:\\p{Lu}\\p{Ll}+)?(?:[Aa]ktie)")));
    }

    /**
     * The promise of the start literals on random texts: every match of a pattern starts where one of them
     * occurs, case folded as the gate folds texts.
     */
    @Test
    void everyMatchStartsWithAStartLiteral() {
        int matches = 0;
        int anchored = 0;
        for (Pattern pattern : PATTERNS) {
            Set<String> starts = RequiredLiterals.startsOf(pattern);
            if (starts == null) {
                continue;
            }
            anchored++;
            for (String text : RandomTexts.of(WORDS, 13, 5_000, 1, 12, true)) {
                String folded = text.chars().mapToObj(c -> String.valueOf(RequiredLiterals.fold((char) c)))
                        .reduce("", String::concat);
                var m = pattern.matcher(text);
                while (m.find()) {
                    int at = m.start();
                    matches++;
                    assertTrue(starts.stream().anyMatch(literal -> folded.startsWith(literal, at)),
                            () -> pattern + " at " + at + " of " + text);
                }
            }
        }
        assertEquals(6, anchored, "every pattern but the digit ones starts with literals");
        assertTrue(matches > 1_000, "the random texts must exercise the patterns: " + matches);
    }

    @Test
    void unknownSyntaxIsRefusedNotGuessed() {
        assertThrows(IllegalArgumentException.class, () -> of("a b c", Pattern.COMMENTS));
        assertThrows(IllegalArgumentException.class, () -> of("\\x41bc"));
    }

    /**
     * The gate's promise on random texts: a pattern it leaves out never matches. Texts are drawn from the
     * patterns' own words, their case variants and noise, so that near misses are common.
     */
    @Test
    void aPatternTheGateLeavesOutNeverMatches() {
        PatternGate gate = PatternGate.of(PATTERNS);
        int matches = 0;
        for (String text : RandomTexts.of(WORDS, 11, 20_000, 1, 12, true)) {
            var candidates = gate.candidates(text);
            for (int p = 0; p < PATTERNS.size(); p++) {
                if (PATTERNS.get(p).matcher(text).find()) {
                    matches++;
                    assertTrue(candidates.get(p), () -> "gate left out a pattern that matches: " + text);
                }
            }
        }
        assertTrue(matches > 1_000, "the random texts must exercise the patterns: " + matches);
        assertEquals(8, gate.gatedCount(), "every pattern but the digit one is gated");
    }

    /**
     * An anchoring gate's promise on random texts: tried only where their start literals occur, the patterns
     * find from each position what a search finds.
     */
    @Test
    void anAnchoredPatternFindsWhatASearchFinds() {
        PatternGate gate = PatternGate.anchoring(PATTERNS);
        int matches = 0;
        for (String text : RandomTexts.of(WORDS, 19, 5_000, 1, 12, true)) {
            PatternGate.Candidates candidates = gate.scan(text);
            for (int p = 0; p < PATTERNS.size(); p++) {
                for (int from = 0; from <= text.length(); from += 3) {
                    Matcher search = PATTERNS.get(p).matcher(text);
                    boolean found = search.find(from);
                    Matcher anchored = PATTERNS.get(p).matcher(text);
                    String where = p + " from " + from + " in " + text;
                    assertEquals(found, candidates.contains(p) && candidates.find(p, anchored, from), where);
                    if (found) {
                        matches++;
                        assertEquals(List.of(search.start(), search.end()), List.of(anchored.start(), anchored.end()), where);
                    }
                }
            }
        }
        assertTrue(matches > 1_000, "the random texts must exercise the patterns: " + matches);
    }
}
