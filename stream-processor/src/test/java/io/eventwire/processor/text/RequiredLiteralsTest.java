package io.eventwire.processor.text;

import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequiredLiteralsTest {

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
        List<Pattern> patterns = List.of(
                Pattern.compile("\\bban(?:s|ned)?\\s+(?:on\\s+)?(?:exports?|sales)\\b", Pattern.CASE_INSENSITIVE),
                Pattern.compile("(?:解除|取消).{0,6}(?:制裁|禁令)|制裁"),
                Pattern.compile("(?<![a-z])[Ll]izenz(?:en)?\\b|(?i:sell-?off)"),
                Pattern.compile("(?=x)xa*|a{2}b"));
        String[] words = {"ban", "Ban", "BANS", "banned", "on", "exports", "Sales", "解除", "取消", "制裁", "禁令", "Lizenz",
                "lizenzen", "sell-off", "SELLOFF", "x", "xa", "aa", "aab", "b", "-", " ", "的", "é"};
        int matches = 0;
        for (Pattern pattern : patterns) {
            Set<String> starts = RequiredLiterals.startsOf(pattern);
            for (String text : RandomTexts.of(words, 13, 5_000, 1, 10, true)) {
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
        List<Pattern> patterns = List.of(
                Pattern.compile("\\bban(?:s|ned)?\\s+(?:on\\s+)?(?:exports?|sales)\\b", Pattern.CASE_INSENSITIVE),
                Pattern.compile("(?:解除|取消).{0,6}(?:制裁|禁令)"),
                Pattern.compile("[Ll]izenz(?:en)?\\b.{0,10}?widerr(?:ief|ufen)"),
                Pattern.compile("\\bSDN[- ]list\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                Pattern.compile("(?<![a-z])(?:lost|shed)(?![a-z])|蒸发"),
                Pattern.compile("\\d+\\s*(?:亿|万)元"),
                Pattern.compile("\\d{2}[.,]?\\d*"),
                Pattern.compile("Kurs(?:e|es)?(?!\\p{L})|(?i:sell-?off)"));
        PatternGate gate = PatternGate.of(patterns);
        String[] words = {"ban", "Ban", "BANS", "banned", "on", "exports", "Sales", "解除", "取消", "制裁", "禁令", "Lizenz",
                "lizenzen", "widerrief", "Widerrufen", "SDN", "sdn", "list", "LIST", "lost", "Shed", "蒸发", "12", "亿",
                "元", "万", "Kurs", "kurse", "Kurses", "sell-off", "SELLOFF", "x", "-", " ", " ", "的", "a", "é"};
        int matches = 0;
        for (String text : RandomTexts.of(words, 11, 20_000, 1, 12, true)) {
            var candidates = gate.candidates(text);
            for (int p = 0; p < patterns.size(); p++) {
                if (patterns.get(p).matcher(text).find()) {
                    matches++;
                    assertTrue(candidates.get(p), () -> "gate left out a pattern that matches: " + text);
                }
            }
        }
        assertTrue(matches > 1_000, "the random texts must exercise the patterns: " + matches);
        assertEquals(7, gate.gatedCount(), "every pattern but the digit one is gated");
    }
}
