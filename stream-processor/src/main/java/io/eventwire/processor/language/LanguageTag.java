package io.eventwire.processor.language;

/**
 * The language of an article.
 *
 * @param code       ISO 639-1 code, or {@value #UNDETERMINED} when there is too little text to tell
 * @param confidence probability of {@code code} among the candidate languages, 0 for {@value #UNDETERMINED}
 */
public record LanguageTag(String code, double confidence) {

    public static final String UNDETERMINED = "und";

    public static LanguageTag undetermined() {
        return new LanguageTag(UNDETERMINED, 0);
    }

    public boolean isDetermined() {
        return !UNDETERMINED.equals(code);
    }
}
