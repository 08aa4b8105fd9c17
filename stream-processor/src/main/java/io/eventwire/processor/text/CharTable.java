package io.eventwire.processor.text;

import java.util.function.IntUnaryOperator;

/**
 * A function of chars held as its value for every char: one array read where the rule behind it takes many
 * steps (case folding, script tests). Immutable: one table serves every thread.
 */
public final class CharTable {

    private final char[] values;

    private CharTable(char[] values) {
        this.values = values;
    }

    /** The table of {@code rule}, which must give a char for every char. */
    public static CharTable of(IntUnaryOperator rule) {
        char[] values = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            values[c] = (char) rule.applyAsInt(c);
        }
        return new CharTable(values);
    }

    public char map(char c) {
        return values[c];
    }

    /** {@code text} with every char mapped; the result has the length of {@code text}. */
    public String map(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = values[chars[i]];
        }
        return new String(chars);
    }
}
