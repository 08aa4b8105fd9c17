package io.eventwire.processor.text;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * An Aho-Corasick automaton's transitions. Chars are read through classes, one for each char the patterns use
 * and one for all others (which lead back to the start). The shallowest states, the start first, get a row of
 * one entry per class with failure links resolved: the next state is one array read. The others, most of a large
 * automaton's (the gazetteer's long names), keep their few edges and fall back along failure links to a state
 * with a row. Why: a gate or the gazetteer steps on every char of a text, and most chars start or extend some
 * pattern's prefix, where bisecting keys and following failure links cost the most; a text holds the short
 * prefixes far more often than the long ones, so the states near the start are the ones a scan stands in.
 *
 * <p>A scan holds a <em>position</em> rather than a state: a state with a row stands for where its row starts,
 * one without for the complement of its number. Each char's step waits on the one before it, and a row
 * read from a position takes no multiplication and no look-up of where the row is.
 */
final class Transitions {

    /** 256 K ints (1 MB): larger tables would cost more cache misses than the walks they save. */
    static final int MAX_ENTRIES = 1 << 18;

    /** The start's position: its row comes first. */
    static final int START = 0;

    /**
     * The class of each char of a text as read, through the fold if any: one table read per char where folding
     * first would be two.
     */
    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    private final int width;
    /** Per state, where its row starts in {@link #rows}, or -1 for a state that keeps its edges. */
    private final int[] rowOf;
    /** The state of each row, in row order. */
    private final int[] stateOfRow;
    /** The rows, whose entries are positions. */
    private final int[] rows;
    /** The positions of rows whose state completes a pattern, as bits: read on every step, so kept small. */
    private final long[] completingRows;
    private final boolean[] completing;
    /** The edges of the states without a row, state by state (those of state s from edgeStart[s]), by class. */
    private final int[] edgeStart;
    private final char[] edgeClasses;
    /** The edges' targets as positions. */
    private final int[] edgeTargets;
    private final int[] fail;

    /**
     * @param edges      each state's own edges (state 0 the start)
     * @param fail       each state's failure link
     * @param byDepth    the states in order of depth, the start first
     * @param maxEntries how many row entries at most; the start gets its row whatever the limit
     * @param fold       what a text's chars are mapped with before matching (the edges' chars are mapped
     *                   already), or null for none
     * @param completing the states that complete some pattern
     */
    Transitions(List<TreeMap<Character, Integer>> edges, int[] fail, int[] byDepth, int maxEntries, CharTable fold,
                boolean[] completing) {
        int states = edges.size();
        char[] alphabet = alphabet(edges);
        width = alphabet.length + 1;
        char[] edgeClassOf = new char[Character.MAX_VALUE + 1];
        for (int i = 0; i < alphabet.length; i++) {
            edgeClassOf[alphabet[i]] = (char) (i + 1);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            classOf[c] = edgeClassOf[fold == null ? c : fold.map((char) c)];
        }
        this.fail = fail;
        this.completing = completing;
        rowOf = new int[states];
        int rowCount = Math.max(1, Math.min(states, maxEntries / width));
        stateOfRow = rowCount == states ? IntStream.range(0, states).toArray() : Arrays.copyOf(byDepth, rowCount);
        rows = new int[rowCount * width];
        completingRows = new long[(rows.length >> 6) + 1];
        Arrays.fill(rowOf, -1);
        for (int i = 0; i < rowCount; i++) {
            rowOf[stateOfRow[i]] = i * width;
            if (completing[stateOfRow[i]]) {
                completingRows[(i * width) >> 6] |= 1L << (i * width);
            }
        }
        edgeStart = new int[states + 1];
        int edgeCount = 0;
        for (int state = 0; state < states; state++) {
            edgeStart[state] = edgeCount;
            edgeCount += rowOf[state] < 0 ? edges.get(state).size() : 0;
        }
        edgeStart[states] = edgeCount;
        edgeClasses = new char[edgeCount];
        edgeTargets = new int[edgeCount];
        for (int state = 0; state < states; state++) {
            if (rowOf[state] < 0) {
                int e = edgeStart[state];
                for (var edge : edges.get(state).entrySet()) {
                    edgeClasses[e] = edgeClassOf[edge.getKey()];
                    edgeTargets[e++] = position(edge.getValue());
                }
            }
        }
        // A state's failure link is shallower than it: filled in order of depth, a row only asks rows filled.
        for (int state : byDepth) {
            if (rowOf[state] >= 0) {
                fillRow(state, edges.get(state), edgeClassOf);
            }
        }
    }

    /** The class of a text's char, through the fold: 0 for a char that no pattern holds. */
    int classOf(char c) {
        return classOf[c];
    }

    /**
     * The position after {@code position} on a char of class {@code cls} ({@link #classOf}). Class 0 leads every
     * row to the start, whose row comes first.
     */
    int next(int position, int cls) {
        if (position >= 0) {
            return rows[position + cls];
        }
        if (cls == 0) {
            return START;
        }
        int state = ~position;
        while (true) {
            for (int e = edgeStart[state], end = edgeStart[state + 1]; e < end; e++) {
                if (edgeClasses[e] == cls) {
                    return edgeTargets[e];
                }
            }
            state = fail[state];
            if (rowOf[state] >= 0) {
                return rows[rowOf[state] + cls];
            }
        }
    }

    /** Whether the state at {@code position} completes some pattern. */
    boolean completes(int position) {
        return position >= 0 ? (completingRows[position >> 6] & (1L << position)) != 0 : completing[~position];
    }

    /** The state at {@code position}. */
    int state(int position) {
        return position >= 0 ? stateOfRow[position / width] : ~position;
    }

    private int position(int state) {
        return rowOf[state] >= 0 ? rowOf[state] : ~state;
    }

    /** A state's row: its failure link's transitions (the start's: back to itself), then its own edges. */
    private void fillRow(int state, TreeMap<Character, Integer> own, char[] edgeClassOf) {
        int row = rowOf[state];
        if (state != 0 && rowOf[fail[state]] >= 0) {
            System.arraycopy(rows, rowOf[fail[state]], rows, row, width);
        } else if (state != 0) {
            for (int cls = 1; cls < width; cls++) {
                rows[row + cls] = next(position(fail[state]), cls);
            }
        }
        own.forEach((c, target) -> rows[row + edgeClassOf[c]] = position(target));
    }

    /**
     * The chars the patterns use, in the order the patterns introduce them, which numbers their classes.
     * Measured and not taken: numbering them in char order, so that a script's letters are neighbours in every
     * row and a text reads fewer of a row's cache lines. The scans' share of the events step did not move (JFR,
     * 2,000 corpus articles: 28.6 % before, 29.3 % after), nor did a benchmark of the scans alone beyond its
     * noise (three alternations, ratios 0.67-1.21).
     */
    private static char[] alphabet(List<TreeMap<Character, Integer>> edges) {
        StringBuilder chars = new StringBuilder();
        edges.stream().flatMap(e -> e.keySet().stream()).distinct().forEach(chars::append);
        return chars.toString().toCharArray();
    }
}
