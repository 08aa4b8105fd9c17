package io.eventwire.processor.normalize.text;

import io.eventwire.processor.RandomTexts;
import io.eventwire.processor.text.PatternGate;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateParagraphsTest {

    private static final String LEDE = "The county opened its third recycling centre on Saturday, and the first "
            + "visitors queued with garden waste before the gates opened.";
    private static final String SECOND = "Opening hours are longer than at the older centres, the county said.";

    @Test
    void bylinesAndDatelinesAboveTheFirstParagraphGo() {
        String text = "Updated on: March 2, 2024 / 10:07 AM / County News\n\nBy Pia Nowak\n\n" + LEDE
                + "\n\nBy the end of the day, more than 400 cars had come through.";

        assertEquals(LEDE + "\n\nBy the end of the day, more than 400 cars had come through.",
                BoilerplateParagraphs.strip(text));
    }

    @Test
    void aLabelIsWhatTheLabelPatternMatchesWhole() {
        Pattern label = BoilerplateParagraphs.cuePatterns().get(0);
        String[] pieces = {"ad", "s", "more", " ", "share this", "更多", "x", "das könnte sie auch interessieren",
                "related", " articles", ":"};
        for (String text : RandomTexts.of(pieces, 20261121, 20_000, 0, 5, false)) {
            assertEquals(label.matcher(text).matches(), BoilerplateParagraphs.isLabel(text), text);
        }
    }

    @Test
    void labelsPromptsAndLabelledTeasersGo() {
        String text = LEDE + "\n\nAdvertisement\n\nRelated: Five things you can recycle at home\n\n" + SECOND
                + "\n\nLike this story? Share it with a friend!\n\nSign up for our newsletter";

        assertEquals(LEDE + "\n\n" + SECOND, BoilerplateParagraphs.strip(text));
    }

    @Test
    void aListUnderAMoreStoriesLabelGoesButAListEndingTheArticleStays() {
        String related = LEDE + "\n\nMore Great Stories\nA bridge reopens, finally\nThe bakery that never closes";
        String article = LEDE + "\n\nWhat you can bring:\nGarden waste\nOld furniture\nElectrical appliances";

        assertEquals(LEDE, BoilerplateParagraphs.strip(related));
        assertEquals(article, BoilerplateParagraphs.strip(article));
    }

    @Test
    void aHeadingLeftDanglingAtTheEndGoes() {
        assertEquals(LEDE, BoilerplateParagraphs.strip(LEDE + "\n\nFollow the story\n\n"));
    }

    /** The gate may skip a counted cue only where it cannot match, and each cue has literals to be gated by. */
    @Test
    void theCountedCuesGateLeavesOutNoCueThatMatches() {
        List<Pattern> cues = BoilerplateParagraphs.countedCues();
        PatternGate gate = PatternGate.of(cues);
        assertEquals(cues.size(), gate.gatedCount());
        int matches = 0;
        for (String paragraph : CuePhrases.paragraphs()) {
            String text = CueText.of(paragraph);
            BitSet candidates = gate.candidates(text);
            for (int i = 0; i < cues.size(); i++) {
                if (cues.get(i).matcher(text).find()) {
                    matches++;
                    assertTrue(candidates.get(i), "the gate left out " + cues.get(i) + " on " + text);
                }
            }
        }
        assertTrue(matches > 100, "the phrases must exercise the cues: " + matches);
    }

    @Test
    void blankLinesAreCutAsTheRegularExpressionCutThem() {
        Pattern threeOrMore = Pattern.compile("\n{3,}");
        String[] pieces = {"\n", "\n\n", "\n\n\n", "a", "中", " ", "\r"};
        for (String input : RandomTexts.of(pieces, 20260521, 50_000, 0, 12, false)) {
            assertEquals(threeOrMore.matcher(input).replaceAll("\n\n"), BoilerplateParagraphs.atMostOneBlankLine(input),
                    () -> "for " + RandomTexts.codes(input));
        }
    }
}
