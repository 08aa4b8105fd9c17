package io.eventwire.processor.language;

import java.util.Arrays;

/**
 * The distinct 1-, 2- and 3-grams of a text, and the order in which OpenNLP's detector hands them to the model.
 *
 * <p>That order is the iteration order of a default {@link java.util.HashMap} into which the grams were put as
 * {@link java.nio.CharBuffer}s, the 1-grams first, then the 2- and 3-grams, each from the start. A HashMap iterates
 * its table bucket by bucket ({@code (h ^ h >>> 16) & (capacity - 1)}), each bucket in insertion order (a resize
 * keeps that order), and its capacity is the first power of two from 16 that holds the entries at a load of three
 * quarters. That is computed here without building the map, with one exception: a bucket that reaches nine
 * entries becomes a tree, whose order is another (at a capacity under 64, the map grows instead). Where any
 * bucket could have reached eight, {@link #hashMapOrder} answers null and the caller asks OpenNLP itself.
 */
final class DistinctGrams {

    /** The longest n-gram of OpenNLP's context generator (LanguageDetectorFactory's 1 to 3). */
    static final int MAX_LENGTH = 3;
    private static final int FIRST_CAPACITY = 16;
    /**
     * HashMap makes a tree of a bucket when a ninth entry joins it; eight already count here, a margin against
     * misreading HashMap that costs only time, and only in a rare case.
     */
    private static final int TREE_BIN_RISK = 8;

    private final long[] keys;
    private final int[] hashes;
    private int size;

    private DistinctGrams(int grams) {
        keys = new long[grams];
        hashes = new int[grams];
    }

    /** The distinct grams of {@code text} in the order they are first put into the map. */
    static DistinctGrams of(char[] text) {
        int grams = 0;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            grams += Math.max(0, text.length - length + 1);
        }
        DistinctGrams distinct = new DistinctGrams(grams);
        LongTable seen = new LongTable(grams);
        for (int length = 1; length <= MAX_LENGTH; length++) {
            for (int start = 0; start + length <= text.length; start++) {
                long key = key(text, start, length);
                if (seen.putIfAbsent(key, 0)) {
                    distinct.add(key, charBufferHash(text, start, length));
                }
            }
        }
        return distinct;
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

    /** The grams in the order OpenNLP's map iterates them; null where a bucket of that map may have become a tree. */
    long[] hashMapOrder() {
        int capacity = FIRST_CAPACITY;
        while (size > capacity / 4 * 3) {
            capacity <<= 1;
        }
        int[] next = bucketSizesWithoutTreeBins(capacity);
        if (next == null) {
            return null;
        }
        // Each bucket's size becomes the position of its first gram in the order.
        for (int bucket = 0, position = 0; bucket < capacity; bucket++) {
            int bucketSize = next[bucket];
            next[bucket] = position;
            position += bucketSize;
        }
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            order[next[bucket(hashes[i], capacity)]++] = keys[i];
        }
        return order;
    }

    /**
     * How many grams each bucket holds at the final capacity; null where some bucket may have held eight at one
     * of the capacities the map went through: while its capacity was {@code c}, the map held the first
     * {@code 3c/4} grams and the one whose insertion made it grow.
     */
    private int[] bucketSizesWithoutTreeBins(int finalCapacity) {
        int[] sizes = new int[finalCapacity];
        for (int capacity = FIRST_CAPACITY; capacity <= finalCapacity; capacity <<= 1) {
            Arrays.fill(sizes, 0, capacity, 0);
            int present = Math.min(size, capacity / 4 * 3 + 1);
            for (int i = 0; i < present; i++) {
                if (++sizes[bucket(hashes[i], capacity)] >= TREE_BIN_RISK) {
                    return null;
                }
            }
        }
        return sizes;
    }

    /** HashMap's bucket: the hash's high half mixed into its low one, masked. */
    private static int bucket(int hash, int capacity) {
        return (hash ^ hash >>> 16) & (capacity - 1);
    }

    private void add(long key, int hash) {
        keys[size] = key;
        hashes[size++] = hash;
    }

    /** What {@code CharBuffer.hashCode()} answers for these chars: from the last to the first. */
    private static int charBufferHash(char[] text, int start, int length) {
        int hash = 1;
        for (int i = start + length - 1; i >= start; i--) {
            hash = 31 * hash + text[i];
        }
        return hash;
    }
}
