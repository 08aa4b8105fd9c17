package io.eventwire.processor.extract.text;

import io.eventwire.processor.extract.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text, String language) {
        List<Sentence> sentences = splitter.split(text, language);
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()), "offsets point into the text");
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void englishAbbreviationsDoNotEndSentences() {
        String text = "On Oct. 3, 2021, the U.S. Commerce Department named Acme Co. and Widget Inc. in a rule. "
                + "Shares fell by approx. 4 percent. Dr. Smith said nothing.";
        assertEquals(List.of(
                "On Oct. 3, 2021, the U.S. Commerce Department named Acme Co. and Widget Inc. in a rule.",
                "Shares fell by approx. 4 percent.",
                "Dr. Smith said nothing."), texts(text, "en"));
    }

    @Test
    void germanAbbreviationsDoNotEndSentences() {
        String text = "Betroffen sind z.B. Hersteller von Chips. Die Verordnung Nr. 12 gilt ab Montag. Das Amt schwieg.";
        assertEquals(List.of("Betroffen sind z.B. Hersteller von Chips.", "Die Verordnung Nr. 12 gilt ab Montag.",
                "Das Amt schwieg."), texts(text, "de"));
    }

    @Test
    void chineseSentencesEndAtFullWidthPunctuation() {
        String text = "美国商务部周二宣布新规。多家企业受到影响！股价会下跌吗？";
        assertEquals(List.of("美国商务部周二宣布新规。", "多家企业受到影响！", "股价会下跌吗？"), texts(text, "zh"));
    }

    @Test
    void lineBreaksEndHeadlinesAndListItems() {
        String text = "A headline without a stop\n\n  • First item;\n  • Second item.\nBody text follows here.";
        assertEquals(List.of("A headline without a stop", "• First item;", "• Second item.", "Body text follows here."),
                texts(text, "en"));
    }

    @Test
    void emptyTextHasNoSentences() {
        assertEquals(List.of(), texts("", "en"));
        assertEquals(List.of(), texts("   \n ", "de"));
    }

    @Test
    void aSentenceWithoutEndIsCutIntoBoundedPiecesAtWhiteSpace() {
        String endless = "shares fell 5% ".repeat(10_000);
        List<String> pieces = texts(endless, "en");
        assertTrue(pieces.size() >= endless.length() / SentenceSplitter.MAX_SENTENCE_CHARS, "cut into pieces");
        for (String piece : pieces) {
            assertTrue(piece.length() <= SentenceSplitter.MAX_SENTENCE_CHARS, "piece of " + piece.length());
            assertTrue(piece.startsWith("shares") && piece.endsWith("%"), "cut at white space: " + piece);
        }
        assertEquals(endless.strip().replace(" ", ""), String.join("", pieces).replace(" ", ""), "nothing dropped");
    }

    @Test
    void textWithoutWhiteSpaceIsCutWithoutSplittingACharacter() {
        String endless = "\uD842\uDFB7".repeat(3_001); // a supplementary character, two chars each
        for (String piece : texts(endless, "zh")) {
            assertTrue(piece.length() <= SentenceSplitter.MAX_SENTENCE_CHARS);
            assertFalse(Character.isLowSurrogate(piece.charAt(0)), "no half character");
        }
    }
}
