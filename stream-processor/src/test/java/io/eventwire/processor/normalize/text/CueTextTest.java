package io.eventwire.processor.normalize.text;

import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

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

    @Test
    void casesensitivePatternsOnCueTextFindWhatCaseInsensitiveOnesFound() {
        List<String> paragraphs = CuePhrases.paragraphs();
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

    /**
     * What the boilerplate checks read as written rests on this: each code point lower-cased weighs what it
     * weighs (both forms of a small sigma too), and the trimmed chars weigh nothing.
     */
    @Test
    void cueTextWeighsWhatTheParagraphWeighs() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (!Character.isSurrogate((char) codePoint) || codePoint > Character.MAX_VALUE) {
                String text = "x" + Character.toString(codePoint);
                assertEquals(TextMeasure.weight(text), TextMeasure.weight(CueText.of(text)), text);
            }
        }
        for (String sigma : List.of("ΑΣ", "ΑΣ Α", "Σ", "ΑΣΑ", "ΑΣ.")) {
            assertEquals(TextMeasure.weight(sigma), TextMeasure.weight(CueText.of(sigma)), sigma);
        }
        String[] pieces = {"Ab", "İ", "Σ", "ſ", "ı", "\uD801\uDC00", ":", ".", " ", "\u2028", "中", "K"};
        for (String text : RandomTexts.of(pieces, 20261122, 50_000, 0, 8, false)) {
            assertEquals(TextMeasure.weight(text), TextMeasure.weight(CueText.of(text)), () -> RandomTexts.codes(text));
        }
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

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
