package io.eventwire.processor.text;

import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowSearchTest {

    /**
     * Lookarounds and boundaries at the window's edges, anchors, an inline flag for the rest of the pattern,
     * overlapping words and a pattern with no start literal: what the region's edges hide must stay hidden.
     */
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("跌|下跌|(?i)(?<![a-z])(?:fell|falls?|down)(?![a-z])"),
            Pattern.compile("(?<![a-z])up(?![a-z])|\\bgain(?:s|ed)?\\b|涨幅"),
            Pattern.compile("^up|down$|ab(?=c)"),
            Pattern.compile("\\d+%"),
            Pattern.compile("legt(?:en|e)? (?:zu|um)|zu"));
    private static final String[] WORDS = {"fell", "Fell", "falls", "fall", "down", "downs", "up", "upx", "xup",
            "gain", "gained", "涨幅", "下跌", "跌", "ab", "abc", "c", "12", "%", "legte", "zu", "um", "x", " ", "的"};

    @Test
    void aWindowFindsWhatAMatcherConfinedToItsRegionFinds() {
        WindowSearch search = WindowSearch.of(PATTERNS);
        SplittableRandom random = new SplittableRandom(7);
        int matches = 0;
        for (String text : RandomTexts.of(WORDS, 23, 5_000, 1, 10, true)) {
            int from = random.nextInt(text.length() + 1);
            int to = random.nextInt(from, text.length() + 1);
            WindowSearch.Window window = search.in(text, from, to);
            for (int p = 0; p < PATTERNS.size(); p++) {
                Matcher region = PATTERNS.get(p).matcher(text).region(from, to);
                int first = -1;
                int last = -1;
                List<Integer> firstMatch = null;
                while (region.find()) {
                    if (first < 0) {
                        first = region.start();
                        firstMatch = List.of(region.start(), region.end());
                    }
                    last = region.start();
                    matches++;
                }
                String where = PATTERNS.get(p) + " in [" + from + ", " + to + ") of " + text;
                assertEquals(first, window.firstStart(p), where);
                assertEquals(last, window.lastStart(p), where);
                Matcher found = window.first(p);
                assertEquals(firstMatch, found == null ? null
                        : List.of(window.offset() + found.start(), window.offset() + found.end()), where);
            }
        }
        assertTrue(matches > 2_000, "the random texts must exercise the patterns: " + matches);
    }
}
