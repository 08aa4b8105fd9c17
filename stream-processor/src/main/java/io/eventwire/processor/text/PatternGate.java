package io.eventwire.processor.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule set's patterns behind one gate: a single Aho-Corasick pass over a text finds the {@linkplain
 * RequiredLiterals required literals} it holds, and only the patterns with one of theirs there can match it.
 * Rule sets try each pattern on every sentence, and most sentences of the news hold no word of a given rule
 * set; a regular expression pays for every position it tries, the gate once per character for all of them.
 * Immutable: one gate serves every thread.
 */
public final class PatternGate {

    private final int size;
    private final BitSet ungated = new BitSet();
    private final AhoCorasick automaton;
    private final int[][] patternsOfLiteral;

    private PatternGate(List<Pattern> patterns) {
        size = patterns.size();
        Map<String, List<Integer>> owners = new LinkedHashMap<>();
        for (int i = 0; i < patterns.size(); i++) {
            Set<String> literals = RequiredLiterals.of(patterns.get(i));
            if (literals == null) {
                ungated.set(i);
            } else {
                for (String literal : literals) {
                    owners.computeIfAbsent(literal, l -> new ArrayList<>()).add(i);
                }
            }
        }
        automaton = new AhoCorasick(List.copyOf(owners.keySet()), RequiredLiterals.FOLD);
        patternsOfLiteral = owners.values().stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** The gate of {@code patterns}; {@link #candidates} answers with indices into this list. */
    public static PatternGate of(List<Pattern> patterns) {
        return new PatternGate(patterns);
    }

    /**
     * The indices of the patterns that may match somewhere in {@code text}: those whose required literals
     * occur in it, and those that require none. A pattern left out has no match in {@code text}.
     */
    public BitSet candidates(CharSequence text) {
        BitSet candidates = (BitSet) ungated.clone();
        automaton.scan(text, (literal, start, end) -> {
            for (int pattern : patternsOfLiteral[literal]) {
                candidates.set(pattern);
            }
        });
        return candidates;
    }

    /** How many patterns are gated (the others always run): what a test checks to keep the gate useful. */
    public int gatedCount() {
        return size - ungated.cardinality();
    }
}
