package io.eventwire.processor.text;

import java.util.function.IntBinaryOperator;

/**
 * An automaton's transitions as one flat table, failure links resolved: the next state is one array read, where
 * the sparse form bisects a state's keys and follows failure links. Chars are read through classes, one for each
 * char the patterns use and one for all others (which lead back to the start), so the table has a row of a few
 * dozen entries per state. Why: a gate scans every char of every paragraph or sentence, and most chars of a text
 * start or extend some literal's prefix, so the sparse form bisected on most of them. Only for automata whose
 * table stays small; a large one (the gazetteer) keeps the sparse form.
 */
final class DenseTransitions {

    /** 256 K ints (1 MB): larger tables would cost more cache misses than the bisection they save. */
    private static final int MAX_ENTRIES = 1 << 18;

    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    private final int width;
    private final int[] next;

    private DenseTransitions(char[] alphabet, int states, IntBinaryOperator step) {
        width = alphabet.length + 1;
        next = new int[states * width];
        for (int i = 0; i < alphabet.length; i++) {
            classOf[alphabet[i]] = (char) (i + 1);
        }
        for (int state = 0; state < states; state++) {
            for (int i = 0; i < alphabet.length; i++) {
                next[state * width + i + 1] = step.applyAsInt(state, alphabet[i]);
            }
        }
    }

    /**
     * The table of an automaton with {@code states} states over the distinct chars {@code alphabet}, whose
     * transitions {@code step} gives; null where it would be too large.
     */
    static DenseTransitions of(char[] alphabet, int states, IntBinaryOperator step) {
        if ((long) states * (alphabet.length + 1) > MAX_ENTRIES) {
            return null;
        }
        return new DenseTransitions(alphabet, states, step);
    }

    int next(int state, char c) {
        return next[state * width + classOf[c]];
    }
}
