package io.eventwire.processor.normalize.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A second opinion from structured data: many publishers put the article's body into JSON-LD
 * ({@code articleBody}). When the extracted text misses most of it, the extraction picked the wrong part of
 * the page (a gallery, a comment thread, a teaser list), and the publisher's own body is the better text.
 * Text is compared as sets of character 8-grams without white space, which works for every script.
 */
public final class StructuredBodyCheck {

    /** Shorter bodies are often summaries (a description in the articleBody field), not the article. */
    private static final int MIN_BODY = 500;
    /** Extracted text that covers less than this share of the structured body missed the article. */
    private static final double MIN_COVERAGE = 0.5;
    private static final int GRAM = 8;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n\\s*");

    private StructuredBodyCheck() {
    }

    /** {@code extracted}, or the structured body when the extraction missed it or found nothing. */
    public static String choose(String extracted, String structuredBody) {
        if (structuredBody == null || structuredBody.isBlank()) {
            return extracted;
        }
        if (TextMeasure.weighsLessThan(extracted, 1)) {
            return tidy(structuredBody);
        }
        if (TextMeasure.weighsLessThan(structuredBody, MIN_BODY)) {
            return extracted;
        }
        Set<Integer> body = grams(structuredBody);
        Set<Integer> text = grams(extracted);
        long covered = body.stream().filter(text::contains).count();
        if (covered >= MIN_COVERAGE * body.size()) {
            return extracted;
        }
        return tidy(structuredBody);
    }

    private static String tidy(String structuredBody) {
        return BLANK_LINES.matcher(SPACES.matcher(structuredBody.strip()).replaceAll(" ")).replaceAll("\n\n");
    }

    private static Set<Integer> grams(String text) {
        String compact = WHITESPACE.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
        Set<Integer> grams = new HashSet<>();
        for (int i = 0; i + GRAM <= compact.length(); i++) {
            grams.add(compact.substring(i, i + GRAM).hashCode());
        }
        return grams;
    }
}
