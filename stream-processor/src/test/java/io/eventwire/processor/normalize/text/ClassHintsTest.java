package io.eventwire.processor.normalize.text;

import io.eventwire.processor.RandomTexts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClassHintsTest {

    /** The regular expressions the one-pass split replaced: the reference it must agree with. */
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String reference(String names) {
        return SEPARATORS.matcher(CAMEL.matcher(names).replaceAll(" ")).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** An element's description is its names, joined by spaces, cut into words: also where it has none. */
    @Test
    void theDescriptionIsTheWordsOfTheNamesJoined() {
        String[] values = {"", " ", "share-bar", "entryContent", "main", "\t", "x y"};
        SplittableRandom random = new SplittableRandom(20261122);
        for (int n = 0; n < 2_000; n++) {
            Element element = new Element("div");
            String[] names = {values[random.nextInt(values.length)], values[random.nextInt(values.length)],
                    values[random.nextInt(values.length)]};
            for (int i = 0; i < 3; i++) {
                if (random.nextBoolean()) {
                    element.attr(List.of("class", "id", "role").get(i), names[i]);
                }
            }
            String joined = element.className() + ' ' + element.id() + ' ' + element.attr("role");
            assertEquals(ClassHints.nameWords(joined).strip(), ClassHints.describe(element), joined);
        }
    }

    @Test
    void namesAreCutIntoWords() {
        assertEquals("theia sticky sidebar", ClassHints.nameWords("theiaStickySidebar"));
        assertEquals("page builder page row", ClassHints.nameWords("PageBuilder-pageRow"));
        assertEquals(" entry content 2 ", ClassHints.nameWords("__entry--content 2!"));
        // The look-behind saw half of a supplementary letter, so no word starts after one.
        assertEquals("x\uD835\uDC1Ab", ClassHints.nameWords("x\uD835\uDC1AB"));
    }

    @Test
    void cutsAsTheRegularExpressionsDid() {
        String[] pieces = {"a", "z", "B", "Q", "-", "_", " ", "  ", "1", "\u0663", "\u216B", "\u00BD", "\u01C5",
                "\u02B0", "中", "\uD835\uDC1A", "\uD835\uDC00", "\uD835", "\uDC00", "İ", "ß", "Σ", "ς", ".",
                "\u0301", "\u00A0", "é", "É"};
        for (String input : RandomTexts.of(pieces, 20260521, 100_000, 0, 10, false)) {
            assertEquals(reference(input), ClassHints.nameWords(input), () -> "for " + RandomTexts.codes(input));
        }
    }
}
