package io.eventwire.processor.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * An Aho-Corasick automaton's transitions. Chars are read through classes, one for each char the patterns use
 * and one for all others (which lead back to the start). The states with the most edges, the start first, get a
 * row of one entry per class with failure links resolved: the next state is one array read. The others, most of
 * a large automaton's (the gazetteer's long names), keep their few edges and fall back along failure links to a
 * state with a row. Why: a gate or the gazetteer steps on every char of a text, and most chars start or extend
 * some pattern's prefix, where bisecting keys and following failure links cost the most.
 */
final class Transitions {

    /** 256 K ints (1 MB): larger tables would cost more cache misses than the walks they save. */
    static final int MAX_ENTRIES = 1 << 18;

    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    private final int width;
    /** Per state, where its row starts in {@link #rows}, or -1 for a state that keeps its edges. */
    private final int[] rowOf;
    /** Whether every state has its row, in state order: then a state's row is found without reading rowOf. */
    private final boolean everyRow;
    private final int[] rows;
    /** The edges of the states without a row, state by state: those of state s from edgeStart[s]. */
    private final int[] edgeStart;
    private final char[] edgeKeys;
    private final int[] edgeTargets;
    private final int[] fail;

    /**
     * @param edges      each state's own edges (state 0 the start)
     * @param fail       each state's failure link
     * @param byDepth    the states in order of depth, the start first
     * @param maxEntries how many row entries at most; the start gets its row whatever the limit
     */
    Transitions(List<TreeMap<Character, Integer>> edges, int[] fail, int[] byDepth, int maxEntries) {
        int states = edges.size();
        char[] alphabet = alphabet(edges);
        width = alphabet.length + 1;
        for (int i = 0; i < alphabet.length; i++) {
            classOf[alphabet[i]] = (char) (i + 1);
        }
        this.fail = fail;
        rowOf = new int[states];
        int rowCount = Math.max(1, Math.min(states, maxEntries / width));
        everyRow = rowCount == states;
        int[] withRows = everyRow ? IntStream.range(0, states).toArray() : mostEdgesFirst(edges, rowCount);
        rows = new int[rowCount * width];
        Arrays.fill(rowOf, -1);
        for (int i = 0; i < rowCount; i++) {
            rowOf[withRows[i]] = i * width;
        }
        edgeStart = new int[states + 1];
        int edgeCount = 0;
        for (int state = 0; state < states; state++) {
            edgeStart[state] = edgeCount;
            edgeCount += rowOf[state] < 0 ? edges.get(state).size() : 0;
        }
        edgeStart[states] = edgeCount;
        edgeKeys = new char[edgeCount];
        edgeTargets = new int[edgeCount];
        for (int state = 0; state < states; state++) {
            if (rowOf[state] < 0) {
                int e = edgeStart[state];
                for (var edge : edges.get(state).entrySet()) {
                    edgeKeys[e] = edge.getKey();
                    edgeTargets[e++] = edge.getValue();
                }
            }
        }
        // A state's failure link is shallower than it: filled in order of depth, a row only asks rows filled.
        for (int state : byDepth) {
            if (rowOf[state] >= 0) {
                fillRow(state, edges.get(state), alphabet);
            }
        }
    }

    /** The state after {@code state} on {@code c}. */
    int next(int state, char c) {
        int cls = classOf[c];
        if (cls == 0) {
            return 0;
        }
        if (everyRow) {
            return rows[state * width + cls];
        }
        while (true) {
            int row = rowOf[state];
            if (row >= 0) {
                return rows[row + cls];
            }
            for (int e = edgeStart[state], end = edgeStart[state + 1]; e < end; e++) {
                if (edgeKeys[e] == c) {
                    return edgeTargets[e];
                }
            }
            state = fail[state];
        }
    }

    /** A state's row: its failure link's transitions (the start's: back to itself), then its own edges. */
    private void fillRow(int state, TreeMap<Character, Integer> own, char[] alphabet) {
        int row = rowOf[state];
        if (state != 0 && rowOf[fail[state]] >= 0) {
            System.arraycopy(rows, rowOf[fail[state]], rows, row, width);
        } else if (state != 0) {
            for (int i = 0; i < alphabet.length; i++) {
                rows[row + i + 1] = next(fail[state], alphabet[i]);
            }
        }
        own.forEach((c, target) -> rows[row + classOf[c]] = target);
    }

    /** The {@code count} states with the most edges, the start first whatever its edges. */
    private static int[] mostEdgesFirst(List<TreeMap<Character, Integer>> edges, int count) {
        return IntStream.range(0, edges.size()).boxed()
                .sorted(Comparator.comparing((Integer s) -> s != 0)
                        .thenComparing(s -> -edges.get(s).size()).thenComparing(s -> s))
                .limit(count).mapToInt(Integer::intValue).toArray();
    }

    private static char[] alphabet(List<TreeMap<Character, Integer>> edges) {
        StringBuilder chars = new StringBuilder();
        edges.stream().flatMap(e -> e.keySet().stream()).distinct().forEach(chars::append);
        return chars.toString().toCharArray();
    }
}
