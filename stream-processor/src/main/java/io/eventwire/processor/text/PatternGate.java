package io.eventwire.processor.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule set's patterns behind one gate: a single Aho-Corasick pass over a text finds the {@linkplain
 * RequiredLiterals required literals} it holds, and only the patterns with one of theirs there can match it.
 * Rule sets try each pattern on every sentence, and most sentences of the news hold no word of a given rule
 * set; a regular expression pays for every position it tries, the gate once per character for all of them.
 * A pattern whose every match starts with one of a few literals ({@link RequiredLiterals#startsOf}) is gated by
 * those, and then tried only where they occur ({@link Candidates#find}). Immutable: one gate serves every thread.
 */
public final class PatternGate {

    /**
     * Start literals this long are selective enough to gate a pattern by, and to try it at each occurrence;
     * shorter ones only where the pattern requires none longer: "in" before a month name occurs too often.
     */
    private static final int SELECTIVE_START = 3;

    private final int size;
    private final BitSet ungated = new BitSet();
    private final BitSet anchored = new BitSet();
    private final AhoCorasick automaton;
    private final int[][] patternsOfLiteral;

    private PatternGate(List<Pattern> patterns, boolean anchoring) {
        size = patterns.size();
        Map<String, List<Integer>> owners = new LinkedHashMap<>();
        for (int i = 0; i < patterns.size(); i++) {
            Set<String> literals = RequiredLiterals.of(patterns.get(i));
            Set<String> starts = anchoring ? RequiredLiterals.startsOf(patterns.get(i)) : null;
            if (anchoring && starts != null && shortest(starts) >= Math.min(SELECTIVE_START, shortest(literals))) {
                anchored.set(i);
                literals = starts;
            }
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
        return new PatternGate(patterns, false);
    }

    /**
     * The gate of {@code patterns}, those that start with literals gated by them, for a caller that tries the
     * candidates through {@link Candidates#find}: where it only asks which patterns may match, the literals a
     * pattern requires are the fewer.
     */
    public static PatternGate anchoring(List<Pattern> patterns) {
        return new PatternGate(patterns, true);
    }

    /**
     * The indices of the patterns that may match somewhere in {@code text}: those whose required literals
     * occur in it, and those that require none. A pattern left out has no match in {@code text}.
     */
    public BitSet candidates(CharSequence text) {
        return scan(text).patterns;
    }

    /** The candidates of {@code text} ({@link #candidates}), with where the anchored ones can start. */
    public Candidates scan(CharSequence text) {
        Candidates candidates = new Candidates((BitSet) ungated.clone(), anchored, text.length());
        automaton.scan(text, (literal, start, end) -> {
            for (int pattern : patternsOfLiteral[literal]) {
                candidates.add(pattern, start);
            }
        });
        return candidates;
    }

    private static int shortest(Set<String> literals) {
        return literals == null ? 0 : literals.stream().mapToInt(String::length).min().orElse(0);
    }

    /** How many patterns are gated (the others always run): what a test checks to keep the gate useful. */
    public int gatedCount() {
        return size - ungated.cardinality();
    }

    /** What a gate found in one text: the patterns that may match, and where the anchored ones may start. */
    public static final class Candidates {
        private final BitSet patterns;
        private final BitSet anchored;
        private final int length;
        /** Pattern and start of each occurrence of an anchored pattern's literal, in pairs. */
        private int[] starts = new int[0];
        private int startCount;
        private int[][] sortedStarts;

        private Candidates(BitSet patterns, BitSet anchored, int length) {
            this.patterns = patterns;
            this.anchored = anchored;
            this.length = length;
        }

        /** Every one of {@code count} patterns a candidate, anywhere: what a test compares the gated matches with. */
        static Candidates all(int count, int length) {
            BitSet patterns = new BitSet();
            patterns.set(0, count);
            return new Candidates(patterns, new BitSet(), length);
        }

        private void add(int pattern, int start) {
            patterns.set(pattern);
            if (anchored.get(pattern)) {
                if (startCount + 2 > starts.length) {
                    starts = Arrays.copyOf(starts, Math.max(8, starts.length * 2));
                }
                starts[startCount++] = pattern;
                starts[startCount++] = start;
            }
        }

        /** Whether pattern {@code pattern} may match the text; if not, it has no match there. */
        public boolean contains(int pattern) {
            return patterns.get(pattern);
        }

        /** The first pattern from {@code from} on that may match the text, or -1 for none. */
        public int next(int from) {
            return patterns.nextSetBit(from);
        }

        /**
         * Whether {@code matcher} (of pattern {@code pattern}, on the text scanned) finds a match at or after
         * {@code from}, as {@link Matcher#find(int)} says, and with its match. An anchored pattern is tried only
         * where one of its start literals occurs, with the lookarounds and boundaries seeing the whole text:
         * the first position that matches is the one a search would stop at, and gives the same match.
         */
        public boolean find(int pattern, Matcher matcher, int from) {
            if (!anchored.get(pattern)) {
                return matcher.find(from);
            }
            matcher.useTransparentBounds(true).useAnchoringBounds(false);
            int[] starts = startsOf(pattern);
            for (int i = 0; i < starts.length; i++) {
                boolean repeated = i > 0 && starts[i] == starts[i - 1];
                if (starts[i] >= from && !repeated && matcher.region(starts[i], length).lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Hands {@code action} each match of pattern {@code pattern} that a {@link Matcher#find()} loop over
         * {@code matcher} (on the text scanned) finds, in text order, with the matcher standing on it.
         */
        public void forEachMatch(int pattern, Matcher matcher, Consumer<Matcher> action) {
            int from = 0;
            while (from <= length && find(pattern, matcher, from)) {
                action.accept(matcher);
                // As Matcher.find() goes on: after the match, or one further after an empty one.
                from = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
            }
        }

        /** The pattern's start positions in ascending order, worked out on the first question. */
        private int[] startsOf(int pattern) {
            if (sortedStarts == null) {
                sortedStarts = new int[anchored.length()][];
            }
            if (sortedStarts[pattern] == null) {
                int[] found = new int[startCount / 2];
                int count = 0;
                for (int i = 0; i < startCount; i += 2) {
                    if (starts[i] == pattern) {
                        found[count++] = starts[i + 1];
                    }
                }
                Arrays.sort(found, 0, count);
                sortedStarts[pattern] = Arrays.copyOf(found, count);
            }
            return sortedStarts[pattern];
        }
    }
}
