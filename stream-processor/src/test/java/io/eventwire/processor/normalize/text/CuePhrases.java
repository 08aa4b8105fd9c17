package io.eventwire.processor.normalize.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Paragraphs made of the phrases of the boilerplate cue patterns, for the tests that compare ways to match them. */
final class CuePhrases {

    /** Characters whose case mappings are irregular: Kelvin sign, dotted and dotless i, long s. */
    private static final String[][] LOOKALIKES = {{"k", "\u212A"}, {"i", "İ"}, {"i", "ı"}, {"s", "ſ"},
            {"I", "ı"}, {"S", "ſ"}, {"e", "É"}, {"a", "Ä"}};

    private CuePhrases() {
    }

    /** Every phrase of every cue pattern in several cases and spellings, alone and inside sentences. */
    static List<String> paragraphs() {
        List<String> phrases = new ArrayList<>();
        for (var pattern : BoilerplateParagraphs.cuePatterns()) {
            for (String phrase : pattern.pattern().split("[|()^]|\\\\[sSbd]|[*?+]|\\[[^]]*]|\\{[^}]*}|\\.")) {
                if (!phrase.isBlank()) {
                    phrases.add(phrase.strip());
                }
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (String phrase : phrases) {
            List<String> spellings = new ArrayList<>(List.of(phrase, phrase.toUpperCase(Locale.ROOT),
                    Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1)));
            for (String[] lookalike : LOOKALIKES) {
                spellings.add(phrase.replace(lookalike[0], lookalike[1]));
            }
            for (String spelling : spellings) {
                paragraphs.add(spelling);
                paragraphs.add(spelling + ":");
                paragraphs.add(spelling + " : Another story about the floods");
                paragraphs.add("More " + spelling + " stories");
                paragraphs.add("Please " + spelling + " and " + spelling + " today. ");
                paragraphs.add("The council said on Monday that it would " + spelling
                        + " the plans, which residents had opposed for years.");
            }
        }
        return paragraphs;
    }
}
