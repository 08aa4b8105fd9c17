package io.eventwire.processor.language;

import io.eventwire.processor.text.LongTable;

/**
 * The distinct 1-, 2- and 3-grams of a text, each packed into a long. OpenNLP's detector hands every distinct
 * n-gram to its model once, however often it occurs (its OPENNLP-1261 workaround), so a count is not needed.
 * Making them distinct is ~20 % of the language step, hashing rather than memory: a table sized for a third of
 * the grams (about as many as a news text has distinct ones), a quarter of the memory, was measured no faster.
 */
final class DistinctGrams {

    /** The longest n-gram of OpenNLP's context generator (LanguageDetectorFactory's 1 to 3). */
    static final int MAX_LENGTH = 3;

    private DistinctGrams() {
    }

    /** The distinct grams of {@code text}, in the order first met: the 1-grams, then the 2- and 3-grams. */
    static long[] of(char[] text) {
        int grams = 0;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            grams += Math.max(0, text.length - length + 1);
        }
        long[] keys = new long[grams];
        int n = 0;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            for (int start = 0; start + length <= text.length; start++) {
                keys[n++] = key(text, start, length);
            }
        }
        return LongTable.distinct(keys, n);
    }

    /** A gram of 1 to 3 chars as one non-zero long: its length above its chars, the first char highest. */
    static long key(char[] chars, int start, int length) {
        long key = length;
        for (int i = start; i < start + length; i++) {
            key = key << Character.SIZE | chars[i];
        }
        return key;
    }

    /** The gram of {@code key} as a string. */
    static String text(long key) {
        int length = MAX_LENGTH;
        while (key >>> (Character.SIZE * length) == 0) {
            length--;
        }
        char[] chars = new char[length];
        for (int i = length - 1; i >= 0; i--, key >>>= Character.SIZE) {
            chars[i] = (char) key;
        }
        return new String(chars);
    }
}
