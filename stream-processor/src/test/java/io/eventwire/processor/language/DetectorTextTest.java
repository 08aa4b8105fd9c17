package io.eventwire.processor.language;

import io.eventwire.processor.RandomTexts;
import io.eventwire.processor.language.LanguageEvalSet.Sample;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The steps, applied expression by expression behind checks or in one pass, give what OpenNLP's give. */
class DetectorTextTest {

    /**
     * Runs of the emoji class's edges (U+D83C, U+10FC00, unpaired surrogates on either side of them), hyphens and
     * digits, between characters outside both classes.
     */
    @Test
    void emojiAndNumberAreOpenNlpsOnCraftedTexts() {
        String[] pieces = {"-", "--", "1", "42", "a", " ", "中", "\uFF0C", "\uD83C", "\uD83B", "\uDE00", "\uD83D\uDE00",
                "\uDBFF\uDC00", "\uDBFF\uDC01", "\uDBFF\uDFFF", "\uDFFF", "\uD800\uDC00", "\uFFFF", "\u0660"};
        int changed = 0;
        for (String text : RandomTexts.of(pieces, 11, 30_000, 0, 12, false)) {
            String emoji = EmojiCharSequenceNormalizer.getInstance().normalize(text).toString();
            String number = NumberCharSequenceNormalizer.getInstance().normalize(text).toString();
            assertEquals(emoji, DetectorText.emoji(text), () -> "emoji step on " + codes(text));
            assertEquals(number, DetectorText.number(text), () -> "number step on " + codes(text));
            changed += emoji.equals(text) && number.equals(text) ? 0 : 1;
        }
        assertTrue(changed > 20_000, "the texts must give the steps work: " + changed);
    }

    /** Texts made of what the expressions look for, so that matches and near misses are common. */
    @Test
    void twitterAndShrinkAreOpenNlpsOnCraftedTexts() {
        String[] pieces = {"#", "@", "rt", "RT", "Rt:", " ", "  ", "\t", "\n", "\r", "\u000B", "\f", ":", ";", "x", "X",
                "-", "(", ")", "d", "O", "p", "h", "H", "j", "ha", "HA", "aa", "AaA", "iii", "u", "e", "ı", "é", "中",
                "\uD83D\uDE00", "\uD83D", "\u2028", "\u0085", "tag", "word", "b", "B",
                // Before "rt": what is a word character to every JDK's \b, to some, and a combining mark.
                "_", "7", "\u00E9", "\u0301", "hah", "jEj"};
        int changed = 0;
        for (String text : RandomTexts.of(pieces, 5, 30_000, 0, 12, false)) {
            changed += assertSameSteps(text) ? 1 : 0;
        }
        assertTrue(changed > 10_000, "the texts must give the expressions work: " + changed);
    }

    @Test
    void everyStepIsOpenNlpsOnTheLabelledTexts() {
        List<String> contents = new ArrayList<>();
        LanguageEvalSet.texts().stream().map(Sample::content).forEach(contents::add);
        LanguageEvalSet.titles().stream().map(Sample::content).forEach(contents::add);
        LanguageEvalSet.longTexts(1).stream().map(Sample::content).forEach(contents::add);
        for (String content : contents) {
            assertSameSteps(content);
        }
    }

    @Test
    void theChecksLetOrdinaryTextPass() {
        String plain = "The central bank kept its rate unchanged on Thursday.";
        assertFalse(TextChecks.mayHoldRetweet(plain));
        assertFalse(TextChecks.mayHoldFace(plain));
        assertFalse(TextChecks.mayHoldLaugh(plain));
        assertFalse(TextChecks.mayRepeatACharThrice(plain));
        assertFalse(TextChecks.mayHoldRetweet("Shares of Start: report rt-free, part 2"));
        assertFalse(TextChecks.mayHoldLaugh("Ahead of them, behind Hahn"));
        assertTrue(TextChecks.mayHoldRetweet("rt: news"));
        assertTrue(TextChecks.mayHoldRetweet("Café rt rt"));
        assertTrue(TextChecks.mayHoldLaugh("ahaha"));
        assertTrue(TextChecks.mayHoldLaugh("JeJe"));
        assertTrue(TextChecks.mayRepeatACharThrice("\uD83D\uDE00"));
    }

    /** Whether either step changed {@code text}. */
    private static boolean assertSameSteps(String text) {
        String twitter = outcome(() -> TwitterCharSequenceNormalizer.getInstance().normalize(text).toString());
        String shrink = outcome(() -> ShrinkCharSequenceNormalizer.getInstance().normalize(text).toString());
        if (shrink.equals(StringIndexOutOfBoundsException.class.getName())) {
            // OpenNLP's step reads past the end; this one gives what it gives with a line break after the text.
            shrink = ShrinkCharSequenceNormalizer.getInstance().normalize(text + "\n").toString();
        }
        assertEquals(twitter, outcome(() -> DetectorText.twitter(text)), () -> "twitter step on " + codes(text));
        assertEquals(EmojiCharSequenceNormalizer.getInstance().normalize(text).toString(), DetectorText.emoji(text));
        assertEquals(NumberCharSequenceNormalizer.getInstance().normalize(text).toString(), DetectorText.number(text));
        assertEquals(shrink, outcome(() -> DetectorText.shrink(text)), () -> "shrink step on " + codes(text));
        return !twitter.equals(text) || !shrink.equals(text);
    }

    /**
     * A run of one supplementary character at the end of a text made OpenNLP's shrink step, and this one, throw.
     * Within a text the JDK's expression leaves such a run as it is, and so it does at the end now.
     */
    @Test
    void aRunOfOneSupplementaryCharacterAtTheEndIsLeftAsWithinATextNotThrownOn() {
        String bold = "Bold \uD835\uDC00\uD835\uDC00\uD835\uDC00";
        String smiles = "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00";
        assertEquals(StringIndexOutOfBoundsException.class.getName(),
                outcome(() -> ShrinkCharSequenceNormalizer.getInstance().normalize(bold).toString()));
        assertEquals(bold, DetectorText.shrink(bold));
        assertEquals(smiles, DetectorText.shrink(smiles));
        assertEquals(bold + " and more", DetectorText.shrink(bold + " and more"));
    }

    /**
     * The result, or the exception thrown: the JDK's case-insensitive back reference can read past the end of a
     * text with supplementary characters; where OpenNLP's step throws, this one must not.
     */
    private static String outcome(Supplier<String> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    private static List<String> codes(String text) {
        return text.chars().mapToObj(c -> String.format("U+%04X", c)).toList();
    }
}
