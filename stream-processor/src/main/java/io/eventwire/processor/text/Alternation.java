package io.eventwire.processor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose top level is an alternation ({@code a|b|c}), kept as one pattern per branch so that a
 * {@link PatternGate} can skip the branches whose literals a text lacks, with the matches of the whole
 * pattern. The rule sets write one pattern per rule with a dozen ways of saying it: run whole, every branch
 * is tried at every position of every sentence that holds a word of any one of them.
 *
 * <p>The matches are exactly those of a {@link Matcher#find()} loop over the whole pattern: at each position
 * the whole pattern takes the first branch that matches there, so the next match is the leftmost first match
 * of the branches, the earlier branch on a tie, and the search goes on after it. A branch matches at a
 * position the same way alone as within the whole (lookarounds see the whole text either way), which makes
 * the branches' own first matches enough.
 */
public final class Alternation {

    /** Receives the matches of the whole pattern, in text order. */
    @FunctionalInterface
    public interface Listener {
        void match(int start, int end);
    }

    private final List<Pattern> branches;

    private Alternation(List<Pattern> branches) {
        this.branches = List.copyOf(branches);
    }

    /**
     * {@code pattern} split at its top-level {@code |}, each branch compiled with its flags.
     *
     * @throws IllegalArgumentException where splitting could change the meaning: a flag switched on for the
     *                                  rest of the pattern ({@code (?i)}), which reaches across branches
     */
    public static Alternation of(Pattern pattern) {
        String regex = pattern.pattern();
        List<String> parts = topLevelBranches(regex);
        List<Pattern> branches = new ArrayList<>(parts.size());
        for (String part : parts) {
            branches.add(Pattern.compile(part, pattern.flags()));
        }
        return new Alternation(branches);
    }

    public List<Pattern> branches() {
        return branches;
    }

    /**
     * Reports the matches of the whole pattern in {@code text}, given which branches can match at all and
     * where: branch {@code i} is tried only if {@code candidates} holds {@code offset + i} (a gate over several
     * alternations numbers their branches one after the other). A branch left out must have no match in
     * {@code text}.
     */
    public void forEachMatch(CharSequence text, PatternGate.Candidates candidates, int offset, Listener listener) {
        int count = branches.size();
        Matcher[] matchers = new Matcher[count];
        int[] starts = new int[count];
        int[] ends = new int[count];
        int tried = 0;
        for (int i = 0; i < count; i++) {
            if (candidates.contains(offset + i)) {
                matchers[i] = branches.get(i).matcher(text);
                starts[i] = -1;
                tried++;
            }
        }
        if (tried == 0) {
            return;
        }
        int from = 0;
        while (from <= text.length()) {
            int best = -1;
            for (int i = 0; i < count; i++) {
                if (matchers[i] == null) {
                    continue;
                }
                if (starts[i] < from && !advance(candidates, offset, matchers[i], from, starts, ends, i)) {
                    matchers[i] = null;
                    continue;
                }
                if (best < 0 || starts[i] < starts[best]) {
                    best = i;
                }
            }
            if (best < 0) {
                return;
            }
            listener.match(starts[best], ends[best]);
            // As Matcher.find() goes on: after the match, or one further after an empty one.
            from = ends[best] == starts[best] ? ends[best] + 1 : ends[best];
        }
    }

    /** The branch's first match starting at or after {@code from}; false when there is none. */
    private static boolean advance(PatternGate.Candidates candidates, int offset, Matcher matcher, int from,
                                   int[] starts, int[] ends, int i) {
        if (!candidates.find(offset + i, matcher, from)) {
            return false;
        }
        starts[i] = matcher.start();
        ends[i] = matcher.end();
        return true;
    }

    /** The regular expression cut at each {@code |} outside groups, classes and quotes. */
    static List<String> topLevelBranches(String regex) {
        List<String> branches = new ArrayList<>();
        int depth = 0;
        int classDepth = 0;
        int branchStart = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i = escapeEnd(regex, i);
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth > 0) {
                continue;
            } else if (c == '(') {
                refuseUnscopedFlags(regex, i);
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                branches.add(regex.substring(branchStart, i));
                branchStart = i + 1;
            }
        }
        branches.add(regex.substring(branchStart));
        return branches;
    }

    /** The index of the last character of the escape at {@code i}: one character, or a whole \Q…\E quote. */
    private static int escapeEnd(String regex, int i) {
        if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
            int end = regex.indexOf("\\E", i + 2);
            return end < 0 ? regex.length() - 1 : end + 1;
        }
        return i + 1;
    }

    private static void refuseUnscopedFlags(String regex, int open) {
        if (open + 1 < regex.length() && regex.charAt(open + 1) == '?') {
            int i = open + 2;
            while (i < regex.length() && (Character.isLetter(regex.charAt(i)) || regex.charAt(i) == '-')) {
                i++;
            }
            if (i > open + 2 && i < regex.length() && regex.charAt(i) == ')') {
                throw new IllegalArgumentException("a flag for the rest of the pattern reaches across its branches: "
                        + regex);
            }
        }
    }
}
