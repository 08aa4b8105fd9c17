package io.eventwire.processor.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over chars: every occurrence of every pattern in one pass over a text, whatever the
 * number of patterns. Patterns are matched as given; callers fold text and patterns alike beforehand.
 *
 * <p>It runs once per article over every character (gazetteer), once per sentence (the literal gates of the
 * rule sets) and once per paragraph (the boilerplate cues), so the transitions are flat arrays: a full table for
 * the root, where most characters of a text land, and sorted keys searched by bisection below it; and, for an
 * automaton small enough, {@link DenseTransitions}, one read per character. Immutable once built: one instance
 * serves every thread.
 */
public final class AhoCorasick {

    /** One occurrence: {@code pattern} is the index the pattern was added with. */
    public record Hit(int pattern, int start, int end) {
    }

    /** Receives occurrences in the order they end; for one end, the longest pattern first. */
    @FunctionalInterface
    public interface Listener {
        void hit(int pattern, int start, int end);
    }

    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    private final char[][] keys;
    /**
     * Per state, a bit for each char it has an edge for, taken modulo 64. Most chars of a text have no edge from
     * the state they meet, and one bit test tells so where a bisection of the state's keys would.
     */
    private final long[] keyBits;
    private final int[][] targets;
    private final int[] fail;
    private final int[][] output;
    private final int[] lengths;
    /** Null for an automaton too large for a flat table: then {@link #step} finds each transition. */
    private final DenseTransitions dense;

    /** The automaton of {@code patterns}; a hit's {@code pattern} is an index into this list. */
    public AhoCorasick(List<String> patterns) {
        this(patterns, true);
    }

    /** With {@code flat} false, the sparse form only: for the test that compares the two. */
    AhoCorasick(List<String> patterns, boolean flat) {
        Trie trie = new Trie(patterns);
        int states = trie.next.size();
        keys = new char[states][];
        keyBits = new long[states];
        targets = new int[states][];
        for (int state = 0; state < states; state++) {
            TreeMap<Character, Integer> edges = trie.next.get(state);
            keys[state] = new char[edges.size()];
            targets[state] = new int[edges.size()];
            int i = 0;
            for (var edge : edges.entrySet()) {
                keys[state][i] = edge.getKey();
                keyBits[state] |= 1L << edge.getKey();
                targets[state][i++] = edge.getValue();
            }
        }
        trie.next.get(0).forEach((c, target) -> rootNext[c] = target);
        fail = trie.fail.stream().mapToInt(Integer::intValue).toArray();
        output = trie.output.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        lengths = patterns.stream().mapToInt(String::length).toArray();
        dense = flat ? DenseTransitions.of(alphabet(patterns), states, (state, c) -> step(state, (char) c)) : null;
    }

    /** Every occurrence in {@code text}, in the order they end. */
    public List<Hit> search(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        scan(text, (pattern, start, end) -> hits.add(new Hit(pattern, start, end)));
        return hits;
    }

    /** Reports every occurrence in {@code text} to {@code listener}, without allocating. */
    public void scan(CharSequence text, Listener listener) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = dense == null ? step(state, text.charAt(i)) : dense.next(state, text.charAt(i));
            for (int pattern : output[state]) {
                listener.hit(pattern, i + 1 - lengths[pattern], i + 1);
            }
        }
    }

    private int step(int state, char c) {
        while (state != 0) {
            // A long shift takes its distance modulo 64.
            if ((keyBits[state] & 1L << c) != 0) {
                int at = Arrays.binarySearch(keys[state], c);
                if (at >= 0) {
                    return targets[state][at];
                }
            }
            state = fail[state];
        }
        return rootNext[c];
    }

    private static char[] alphabet(List<String> patterns) {
        StringBuilder chars = new StringBuilder();
        patterns.stream().flatMapToInt(String::chars).distinct().forEach(c -> chars.append((char) c));
        return chars.toString().toCharArray();
    }

    /** The automaton while it is built: a trie, then failure links breadth-first. */
    private static final class Trie {
        final List<TreeMap<Character, Integer>> next = new ArrayList<>();
        final List<Integer> fail = new ArrayList<>();
        final List<List<Integer>> output = new ArrayList<>();

        Trie(List<String> patterns) {
            newState();
            for (int index = 0; index < patterns.size(); index++) {
                add(patterns.get(index), index);
            }
            link();
        }

        private void add(String pattern, int index) {
            int state = 0;
            for (int i = 0; i < pattern.length(); i++) {
                Integer target = next.get(state).get(pattern.charAt(i));
                if (target == null) {
                    target = newState();
                    next.get(state).put(pattern.charAt(i), target);
                }
                state = target;
            }
            output.get(state).add(index);
        }

        private int newState() {
            next.add(new TreeMap<>());
            fail.add(0);
            output.add(new ArrayList<>());
            return next.size() - 1;
        }

        /** Each state's output also holds the patterns of its failure chain, after its own. */
        private void link() {
            Queue<Integer> queue = new ArrayDeque<>(next.get(0).values());
            while (!queue.isEmpty()) {
                int state = queue.remove();
                for (var edge : next.get(state).entrySet()) {
                    int child = edge.getValue();
                    int f = fail.get(state);
                    while (f != 0 && !next.get(f).containsKey(edge.getKey())) {
                        f = fail.get(f);
                    }
                    Integer target = next.get(f).get(edge.getKey());
                    fail.set(child, target == null || target == child ? 0 : target);
                    output.get(child).addAll(output.get(fail.get(child)));
                    queue.add(child);
                }
            }
        }
    }
}
