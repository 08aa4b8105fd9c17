package io.eventwire.processor.normalize.text;

/**
 * How much text a string carries, comparable across scripts. Chinese and Japanese have no spaces between
 * words and pack a word into one or two characters, so a character count alone would make a Chinese
 * paragraph look three times shorter than its English translation; ideographs and kana weigh more.
 */
public final class TextMeasure {

    /** Weight of one Han or kana character, roughly the letters of an English word it stands for. */
    private static final int CJK_WEIGHT = 3;
    /** Hangul syllables bundle two or three letters, and Korean separates words with spaces. */
    private static final int HANGUL_WEIGHT = 2;

    /**
     * Every char's weight, worked out once: every text of a page is weighed several times, and a category
     * lookup per char, with branches on scripts that are unpredictable in mixed text, cost more than one read.
     */
    private static final byte[] WEIGHTS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            WEIGHTS[c] = (byte) (isCjk((char) c) ? CJK_WEIGHT : c >= 0xAC00 && c <= 0xD7A3 ? HANGUL_WEIGHT
                    : Character.isLetterOrDigit(c) ? 1 : 0);
        }
    }

    private TextMeasure() {
    }

    /** Weighted count of the letters and digits in {@code text}; whitespace and punctuation count nothing. */
    public static int weight(CharSequence text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += weight(text.charAt(i));
        }
        return total;
    }

    /**
     * Whether {@code text} weighs less than {@code limit}, as {@code weight(text) < limit}; it stops reading once
     * the limit is reached, where most texts asked about (every paragraph, against a label's length) are longer.
     */
    public static boolean weighsLessThan(CharSequence text, int limit) {
        int total = 0;
        for (int i = 0; i < text.length() && total < limit; i++) {
            total += weight(text.charAt(i));
        }
        return total < limit;
    }

    static int weight(char c) {
        return WEIGHTS[c];
    }

    /** Han ideographs (basic block and extension A), hiragana and katakana. */
    public static boolean isCjk(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3040 && c <= 0x30FF);
    }

    /** Clause separators in Latin, CJK and Arabic script: a proxy for running prose, as opposed to labels. */
    static boolean isComma(char c) {
        // Every separator but the ASCII comma lies at or above U+060C: one comparison for most chars of Latin text.
        return c < '،' ? c == ',' : c == '，' || c == '、' || c == '。' || c == '،' || c == '；';
    }

    /** Whether the text ends as a sentence does (so it is prose, not a label, menu entry or headline). */
    public static boolean endsLikeSentence(String text) {
        String trimmed = text.strip();
        while (!trimmed.isEmpty() && "\"'”’»)]」』）".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            return false;
        }
        return ".!?:;。！？…．".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    }
}
