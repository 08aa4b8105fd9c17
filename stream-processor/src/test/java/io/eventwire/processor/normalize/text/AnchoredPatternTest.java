package io.eventwire.processor.normalize.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnchoredPatternTest {

    @Test
    void eachAlternativeIsAnchoredByItsLongestLiteralRun() {
        AnchoredPattern cues = AnchoredPattern.compile("sign up|e-?mail address|share (this|on|it)|"
                + "follow \\S+ on (twitter|x)|(views|opinions) expressed|copyright (©|\\d{4})|top\\b.{0,40}stories|©");

        assertEquals(List.of("sign up", "mail address", "share ", "follow ", " expressed", "copyright ",
                "stories", "©"), cues.anchors());
        assertFalse(cues.mayMatch("the council shared its plans"));
        assertTrue(cues.mayMatch("top ten stories"));
        assertEquals(2, cues.count("sign up here, or share this"));
    }

    @Test
    void anExpressionWhoseMatchMayLackALiteralHasNoAnchors() {
        assertNull(AnchoredPattern.compile("(?i)news").anchors());
        assertNull(AnchoredPattern.compile("news|\\d+").anchors());
        assertNull(AnchoredPattern.compile("\\p{L}+ news").anchors());
        assertNull(AnchoredPattern.compile("[a-z&&[^b]]x").anchors());
        assertTrue(AnchoredPattern.compile("news|\\d+").mayMatch("2024"));
    }

    @Test
    void theCountedCuesFindWhatTheirPatternsFind() {
        for (AnchoredPattern cue : BoilerplateParagraphs.countedCues()) {
            for (String paragraph : CuePhrases.paragraphs()) {
                String text = CueText.of(paragraph);
                assertEquals(count(cue.pattern().matcher(text)), cue.count(text), text);
            }
        }
    }

    @Test
    void randomTextsFindWhatThePatternFinds() {
        List<String> regexes = List.of("ab?c|d+e|(f|g)h", "a{1,2}bc|c(a|b)*d", "[ab]cd|x\\s?y|b.{0,3}c",
                "ab+c|\\bca|c\\Sd");
        String alphabet = "abcdefghxy ";
        Random random = new Random(20260505);
        for (String regex : regexes) {
            AnchoredPattern anchored = AnchoredPattern.compile(regex);
            for (int i = 0; i < 20_000; i++) {
                StringBuilder text = new StringBuilder();
                for (int length = random.nextInt(8); length > 0; length--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                assertEquals(count(anchored.pattern().matcher(text)), anchored.count(text.toString()),
                        regex + " on '" + text + "'");
            }
        }
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
