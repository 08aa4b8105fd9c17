package io.eventwire.processor.language;

/**
 * Whether a text may hold a match of one of {@link DetectorText}'s expressions: false only where it cannot.
 * The expressions are case-insensitive for ASCII letters only (no {@code UNICODE_CASE}), so an ASCII letter
 * is compared here with its other case and nothing else.
 */
final class TextChecks {

    private TextChecks() {
    }

    /**
     * {@code \b(rt[ :])+}: "rt" in any case, then a space or a colon, not preceded by an ASCII letter, digit or
     * underscore (no word boundary there in any JDK: the JDK 17 bound takes any letter or digit as a word
     * character, later ones ASCII only, so a non-ASCII letter before it is a maybe). News texts are full of
     * "part ", "report: " and "start ", which made the expression run on most English texts (measured: its
     * search was ~9 % of the language step).
     */
    static boolean mayHoldRetweet(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            if (isAscii(text.charAt(i), 'r') && isAscii(text.charAt(i + 1), 't')
                    && (text.charAt(i + 2) == ' ' || text.charAt(i + 2) == ':')
                    && (i == 0 || !isAsciiWordChar(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** {@code [:;x]-?[()dop]}: an eye, then a nose or a mouth (the nose is not followed up: a mere maybe). */
    static boolean mayHoldFace(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char eye = text.charAt(i);
            if (eye == ':' || eye == ';' || isAscii(eye, 'x')) {
                char next = text.charAt(i + 1);
                if (next == '-' || next == '(' || next == ')' || isAscii(next, 'd') || isAscii(next, 'o')
                        || isAscii(next, 'p')) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code ([hj])+([aieou])+(\1+\2+)+}: every match holds an h or a j, one vowel or more, the same letter
     * again (once or more, in either case), then a vowel ("haha", "jeje"). Looking for the h or j first keeps the
     * scan cheap, and "behind" or "Ahead" no longer make the expression run.
     */
    static boolean mayHoldLaugh(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char letter = asciiLower(text.charAt(i));
            if (letter == 'h' || letter == 'j') {
                int vowelsEnd = i + 1;
                while (vowelsEnd < text.length() && isVowel(text.charAt(vowelsEnd))) {
                    vowelsEnd++;
                }
                int repeatEnd = vowelsEnd;
                while (repeatEnd < text.length() && asciiLower(text.charAt(repeatEnd)) == letter) {
                    repeatEnd++;
                }
                if (vowelsEnd > i + 1 && repeatEnd > vowelsEnd && repeatEnd < text.length()
                        && isVowel(text.charAt(repeatEnd))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code (.)\1{2,}}: three chars in a row that are equal but for ASCII case. A supplementary character is
     * two chars that {@code (.)} takes as one, so a text with any surrogate may always match.
     */
    static boolean mayRepeatACharThrice(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return true;
            }
            if (i + 2 < text.length() && asciiLower(c) == asciiLower(text.charAt(i + 1))
                    && asciiLower(c) == asciiLower(text.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(char c, char lowerCaseLetter) {
        return asciiLower(c) == lowerCaseLetter;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(asciiLower(c)) >= 0;
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
