package io.eventwire.processor.extract.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coarse guess among Chinese, English and German for articles that reach extraction untagged: Han
 * characters make Chinese; otherwise German function words and umlauts against English ones. The language
 * step of the topology, where it has run, is authoritative.
 */
public final class LanguageGuess {

    private static final Set<String> KNOWN = Set.of("zh", "en", "de");
    private static final Pattern GERMAN = Pattern.compile(
            "\\b(?:der|die|das|und|nicht|mit|dem|den|ist|eine?|auf|für|sich|wird|wurde)\\b|[äöüß]");
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?:the|and|of|to|is|was|with|for|that|on|by|from|has|have)\\b");

    private LanguageGuess() {
    }

    public static boolean isKnown(String language) {
        return language != null && KNOWN.contains(language.toLowerCase(Locale.ROOT));
    }

    /** {@code zh}, {@code de} or {@code en}; {@code und} for an empty text. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return "und";
        }
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (han * 5 > letters) {
            return "zh";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return count(GERMAN.matcher(lower)) > count(ENGLISH.matcher(lower)) ? "de" : "en";
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
