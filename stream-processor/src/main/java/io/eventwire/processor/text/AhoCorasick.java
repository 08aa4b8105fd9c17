package io.eventwire.processor.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over chars: every occurrence of every pattern in one pass over a text, whatever the
 * number of patterns. Patterns are matched as given; callers fold text and patterns alike beforehand.
 *
 * <p>It runs once per article over every character (gazetteer), once per sentence (the literal gates of the
 * rule sets) and once per paragraph (the boilerplate cues), so the transitions are flat arrays ({@link
 * Transitions}): one read per character for an automaton small enough, and for the busiest states of a large
 * one. Immutable once built: one instance serves every thread.
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

    private final Transitions transitions;
    /**
     * The patterns each state completes, state by state (those of state s from outputStart[s]): read only for
     * the states that complete some ({@link Transitions#completes}).
     */
    private final int[] outputStart;
    private final int[] outputs;
    private final int[] lengths;

    /** The automaton of {@code patterns}; a hit's {@code pattern} is an index into this list. */
    public AhoCorasick(List<String> patterns) {
        this(patterns, null);
    }

    /**
     * The automaton of {@code patterns} over texts read through {@code fold}, which the patterns must already
     * be folded with: one table read per char, where a gate would otherwise copy or wrap the text it folds.
     */
    public AhoCorasick(List<String> patterns, CharTable fold) {
        this(patterns, fold, Transitions.MAX_ENTRIES);
    }

    /** With at most {@code maxEntries} entries of resolved rows: for the test that compares the forms. */
    AhoCorasick(List<String> patterns, CharTable fold, int maxEntries) {
        Trie trie = new Trie(patterns);
        boolean[] completing = new boolean[trie.output.size()];
        outputStart = new int[trie.output.size() + 1];
        for (int state = 0; state < trie.output.size(); state++) {
            outputStart[state + 1] = outputStart[state] + trie.output.get(state).size();
            completing[state] = !trie.output.get(state).isEmpty();
        }
        transitions = new Transitions(trie.next, trie.fail.stream().mapToInt(Integer::intValue).toArray(),
                trie.byDepth.stream().mapToInt(Integer::intValue).toArray(), maxEntries, fold, completing);
        outputs = trie.output.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
        lengths = patterns.stream().mapToInt(String::length).toArray();
    }

    /** Every occurrence in {@code text}, in the order they end. */
    public List<Hit> search(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        scan(text, (pattern, start, end) -> hits.add(new Hit(pattern, start, end)));
        return hits;
    }

    /** Reports every occurrence in {@code text} to {@code listener}, without allocating. */
    public void scan(CharSequence text, Listener listener) {
        int position = Transitions.START;
        for (int i = 0; i < text.length(); i++) {
            position = transitions.next(position, transitions.classOf(text.charAt(i)));
            if (transitions.completes(position)) {
                report(transitions.state(position), i + 1, listener);
            }
        }
    }

    private void report(int state, int end, Listener listener) {
        for (int o = outputStart[state]; o < outputStart[state + 1]; o++) {
            listener.hit(outputs[o], end - lengths[outputs[o]], end);
        }
    }

    /** The automaton while it is built: a trie, then failure links breadth-first. */
    private static final class Trie {
        final List<TreeMap<Character, Integer>> next = new ArrayList<>();
        final List<Integer> fail = new ArrayList<>();
        final List<List<Integer>> output = new ArrayList<>();
        final List<Integer> byDepth = new ArrayList<>(List.of(0));

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
            byDepth.addAll(queue);
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
                    byDepth.add(child);
                }
            }
        }
    }
}
