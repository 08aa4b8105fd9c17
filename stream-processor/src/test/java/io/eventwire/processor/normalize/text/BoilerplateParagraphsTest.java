package io.eventwire.processor.normalize.text;

import io.eventwire.processor.RandomTexts;
import io.eventwire.processor.text.PatternGate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The gate reads a paragraph as written: it must find every cue it finds in the cue text. Each char of each
     * phrase is replaced by every char that lower-cases to it, so every way to write a literal's char is read.
     */
    @Test
    void theGateFindsInAParagraphAsWrittenWhatItFindsInItsCueText() {
        PatternGate gate = PatternGate.of(BoilerplateParagraphs.countedCues());
        Map<Character, List<Character>> writings = new HashMap<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String cue = CueText.of("x" + c + "x");
            if (!Character.isSurrogate(c) && cue.length() == 3) {
                writings.computeIfAbsent(cue.charAt(1), k -> new ArrayList<>()).add(c);
            }
        }
        List<String> paragraphs = new ArrayList<>(CuePhrases.paragraphs());
        for (String phrase : CuePhrases.paragraphs().stream().filter(p -> p.equals(CueText.of(p))).toList()) {
            for (int i = 0; i < phrase.length(); i++) {
                for (char writing : writings.getOrDefault(phrase.charAt(i), List.of())) {
                    paragraphs.add(phrase.substring(0, i) + writing + phrase.substring(i + 1));
                }
            }
        }
        for (String paragraph : paragraphs) {
            BitSet asWritten = gate.candidates(paragraph);
            BitSet inCueText = gate.candidates(CueText.of(paragraph));
            inCueText.andNot(asWritten);
            assertTrue(inCueText.isEmpty(), () -> "missed on " + RandomTexts.codes(paragraph));
        }
        assertTrue(paragraphs.size() > 20_000, paragraphs.size() + " paragraphs");
    }

    /** Boilerplate and section labels as they were told on the cue text alone, with each counted cue searched. */
    @Test
    void paragraphsAreToldAsTheCueTextToldThem() {
        List<String> pieces = new ArrayList<>(CuePhrases.paragraphs().subList(0, 400));
        pieces.addAll(List.of(LEDE, SECOND, " ", ":", "»", "\u2028", "İ", "ſ", "Σ", "\uD801\uDC00", "广告"));
        String[] pieceArray = pieces.toArray(String[]::new);
        for (String paragraph : RandomTexts.of(pieceArray, 20261122, 40_000, 1, 4, true)) {
            String trimmed = paragraph.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            assertEquals(wasBoilerplate(trimmed), BoilerplateParagraphs.isBoilerplate(trimmed), trimmed);
            assertEquals(wasSectionLabel(trimmed), BoilerplateParagraphs.isSectionLabel(trimmed), trimmed);
        }
        for (String paragraph : CuePhrases.paragraphs()) {
            assertEquals(wasBoilerplate(paragraph), BoilerplateParagraphs.isBoilerplate(paragraph), paragraph);
            assertEquals(wasSectionLabel(paragraph), BoilerplateParagraphs.isSectionLabel(paragraph), paragraph);
        }
    }

    @Test
    void everyLabelWeighsLessThanAShortPrompt() {
        String labels = BoilerplateParagraphs.cuePatterns().get(0).pattern();
        for (String label : labels.substring(1, labels.length() - 1).split("\\|")) {
            assertTrue(TextMeasure.weighsLessThan(label, BoilerplateParagraphs.SHORT_PROMPT), label);
        }
    }

    private static boolean wasBoilerplate(String paragraph) {
        List<Pattern> patterns = BoilerplateParagraphs.cuePatterns();
        String lower = CueText.of(paragraph);
        boolean isShort = TextMeasure.weight(paragraph) < BoilerplateParagraphs.SHORT_PROMPT;
        if (patterns.get(0).matcher(lower).matches() || patterns.get(2).matcher(lower).lookingAt() && isShort) {
            return true;
        }
        int strong = count(patterns.get(3), lower);
        return strong > 0 && (strong + count(patterns.get(4), lower) >= 2 || isShort);
    }

    private static boolean wasSectionLabel(String paragraph) {
        List<Pattern> patterns = BoilerplateParagraphs.cuePatterns();
        String lower = CueText.of(paragraph);
        return TextMeasure.weight(lower) < 60 && !TextMeasure.endsLikeSentence(paragraph)
                && (patterns.get(1).matcher(lower).lookingAt() || patterns.get(0).matcher(lower).matches());
    }

    private static int count(Pattern pattern, String text) {
        int count = 0;
        for (var matcher = pattern.matcher(text); matcher.find(); ) {
            count++;
        }
        return count;
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
