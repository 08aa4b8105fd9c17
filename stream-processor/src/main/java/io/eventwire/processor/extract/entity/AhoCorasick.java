package io.eventwire.processor.extract.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * An Aho-Corasick automaton over chars: every occurrence of every pattern in one pass over a text, whatever the
 * number of patterns. Patterns are matched as given; callers fold text and patterns alike beforehand.
 * Immutable once built, so one instance serves every stream thread.
 */
final class AhoCorasick {

    /** One occurrence: {@code pattern} is the index the pattern was added with. */
    record Hit(int pattern, int start, int end) {
    }

    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<List<Integer>> output = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();

    /** The automaton of {@code patterns}; a hit's {@code pattern} is an index into this list. */
    AhoCorasick(List<String> patterns) {
        newState();
        patterns.forEach(this::add);
        build();
    }

    private void add(String pattern) {
        int state = 0;
        for (int i = 0; i < pattern.length(); i++) {
            Integer target = next.get(state).get(pattern.charAt(i));
            if (target == null) {
                target = newState();
                next.get(state).put(pattern.charAt(i), target);
            }
            state = target;
        }
        output.get(state).add(lengths.size());
        lengths.add(pattern.length());
    }

    List<Hit> search(String text) {
        List<Hit> hits = new ArrayList<>();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (state != 0 && !next.get(state).containsKey(c)) {
                state = fail.get(state);
            }
            state = next.get(state).getOrDefault(c, 0);
            for (int pattern : output.get(state)) {
                hits.add(new Hit(pattern, i + 1 - lengths.get(pattern), i + 1));
            }
        }
        return hits;
    }

    private int newState() {
        next.add(new HashMap<>());
        fail.add(0);
        output.add(new ArrayList<>());
        return next.size() - 1;
    }

    /** Failure links breadth-first; each state's output also holds the patterns of its failure chain. */
    private void build() {
        Queue<Integer> queue = new ArrayDeque<>(next.get(0).values());
        while (!queue.isEmpty()) {
            int state = queue.remove();
            for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
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
