package io.eventwire.processor.dedup;

import java.util.Arrays;

/**
 * The chars of one shingle, refilled for each of a text's thousands of shingles and hashed where they lie. A
 * {@link StringBuilder} did the same, but its appends (capacity and coder checks per call) cost more than the
 * hashing. Not thread-safe.
 */
final class ShingleChars implements CharSequence {

    private char[] chars = new char[32];
    private int length;

    void clear() {
        length = 0;
    }

    void append(char c) {
        ensureRoom(1);
        chars[length++] = c;
    }

    /** Appends {@code text}'s chars from {@code start} to {@code end}. */
    void append(String text, int start, int end) {
        ensureRoom(end - start);
        text.getChars(start, end, chars, length);
        length += end - start;
    }

    private void ensureRoom(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
