package io.eventwire.processor.text;

import java.util.Arrays;

/**
 * A text built from runs of other texts, copied in bulk into a char array. {@link StringBuilder} appends a run
 * of a {@code String} (JDK 17) char by char through {@link CharSequence#charAt} once either holds a char above
 * U+00FF, as most news texts do (curly quotes, dashes, every Chinese text), and that copy was the most of what
 * collapsing white space cost. A {@link CharSequence}, so that a hash can read it where it lies. Not thread-safe.
 */
public final class TextBuffer implements CharSequence {

    private char[] chars;
    private int length;

    public TextBuffer(int capacity) {
        chars = new char[Math.max(capacity, 16)];
    }

    /** Appends the chars of {@code text} from {@code start} to {@code end}. */
    public TextBuffer append(String text, int start, int end) {
        ensureRoom(end - start);
        text.getChars(start, end, chars, length);
        length += end - start;
        return this;
    }

    public TextBuffer append(char c) {
        ensureRoom(1);
        chars[length++] = c;
        return this;
    }

    /** Empties the buffer, keeping its room, for the next text. */
    public void clear() {
        length = 0;
    }

    public boolean isEmpty() {
        return length == 0;
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
