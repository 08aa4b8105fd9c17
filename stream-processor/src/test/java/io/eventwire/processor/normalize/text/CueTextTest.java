package io.eventwire.processor.normalize.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The boilerplate cue patterns, compiled without case-insensitive flags and read on {@link CueText}, find what
 * they found compiled with {@code CASE_INSENSITIVE | UNICODE_CASE} on the lower-cased paragraph.
 */
class CueTextTest {

    private static final Pattern TRAILING = Pattern.compile("[\\s:：.!|»›>]+$");
    /** Characters whose case mappings are irregular: Kelvin sign, dotted and dotless i, long s, final sigma. */
    private static final String[][] LOOKALIKES = {{"k", "\u212A"}, {"i", "İ"}, {"i", "ı"}, {"s", "ſ"},
            {"I", "ı"}, {"S", "ſ"}, {"e", "É"}, {"a", "Ä"}};

    @Test
    void casesensitivePatternsOnCueTextFindWhatCaseInsensitiveOnesFound() {
        List<String> paragraphs = paragraphs();
        int compared = 0;
        for (Pattern pattern : BoilerplateParagraphs.cuePatterns()) {
            Pattern caseInsensitive = Pattern.compile(pattern.pattern(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (String paragraph : paragraphs) {
                String before = TRAILING.matcher(paragraph.toLowerCase(Locale.ROOT)).replaceAll("");
                String now = CueText.of(paragraph);
                assertEquals(caseInsensitive.matcher(before).matches(), pattern.matcher(now).matches(), paragraph);
                assertEquals(caseInsensitive.matcher(before).lookingAt(), pattern.matcher(now).lookingAt(), paragraph);
                assertEquals(count(caseInsensitive.matcher(before)), count(pattern.matcher(now)), paragraph);
                compared++;
            }
        }
        assertEquals(5 * paragraphs.size(), compared);
    }

    @Test
    void theFoldedLookalikesAreFound() {
        assertEquals("sign up for our newsletter", CueText.of("ſign up for our NEWSLETTER:"));
        assertEquals("log in", CueText.of("Log ın »"));
    }

    @Test
    void trailingPunctuationGoesAsTheRegularExpressionRemovedIt() {
        String alphabet = "ab .:：!|»›>\t\n\r\u000B\f\u0085\u2028\u2029x";
        Random random = new Random(20260505);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(9); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            assertEquals(TRAILING.matcher(input).replaceAll(""), CueText.withoutTrailingPunctuation(input),
                    () -> "for " + input.chars().mapToObj(c -> String.format("U+%04X", c)).toList());
        }
    }

    /** Every phrase of every cue pattern in several cases and spellings, alone and inside sentences. */
    private static List<String> paragraphs() {
        List<String> phrases = new ArrayList<>();
        for (Pattern pattern : BoilerplateParagraphs.cuePatterns()) {
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

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
