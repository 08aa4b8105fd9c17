package io.eventwire.processor.language;

/**
 * Whether a text may hold a match of one of {@link DetectorText}'s expressions: false only where it cannot.
 * The expressions are case-insensitive for ASCII letters only (no {@code UNICODE_CASE}), so an ASCII letter
 * is compared here with its other case and nothing else.
 */
final class TextChecks {

    private TextChecks() {
    }

    /** {@code \b(rt[ :])+}: "rt" in any case, then a space or a colon. */
    static boolean mayHoldRetweet(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            if (isAscii(text.charAt(i), 'r') && isAscii(text.charAt(i + 1), 't')
                    && (text.charAt(i + 2) == ' ' || text.charAt(i + 2) == ':')) {
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
     * {@code ([hj])+([aieou])+(\1+\2+)+}: every match holds a vowel, then an h or a j (once or more), then a
     * vowel again ("haha", "hihii").
     */
    static boolean mayHoldLaugh(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            if (isVowel(text.charAt(i)) && isHOrJ(text.charAt(i + 1))) {
                int j = i + 2;
                while (j < text.length() && isHOrJ(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && isVowel(text.charAt(j))) {
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

    private static boolean isHOrJ(char c) {
        return isAscii(c, 'h') || isAscii(c, 'j');
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
