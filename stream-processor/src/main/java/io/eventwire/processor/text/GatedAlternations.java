package io.eventwire.processor.text;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A rule set's patterns, each split into its {@link Alternation} branches, behind one {@link PatternGate} over
 * all the branches: a sentence pays one pass of the gate, then runs only the branches whose words it holds. A
 * rule set writes one pattern per rule with a dozen ways of saying it, and gated whole, a pattern runs every
 * branch as soon as the sentence holds a word of any one of them. Immutable: one instance serves every thread.
 */
public final class GatedAlternations {

    /** Receives a match of pattern {@code pattern} (an index into the list the instance was made of). */
    @FunctionalInterface
    public interface Listener {
        void match(int pattern, int start, int end);
    }

    private final List<Pattern> patterns;
    private final List<Alternation> alternations;
    /** Where each pattern's branches start in the gate's numbering. */
    private final int[] firstBranch;
    /** The pattern of each branch, in the gate's numbering. */
    private final int[] patternOfBranch;
    private final PatternGate gate;

    private GatedAlternations(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.alternations = this.patterns.stream().map(Alternation::of).toList();
        this.firstBranch = new int[alternations.size()];
        for (int i = 1; i < firstBranch.length; i++) {
            firstBranch[i] = firstBranch[i - 1] + alternations.get(i - 1).branches().size();
        }
        this.patternOfBranch = IntStream.range(0, alternations.size())
                .flatMap(i -> IntStream.range(0, alternations.get(i).branches().size()).map(b -> i)).toArray();
        this.gate = PatternGate.anchoring(alternations.stream().flatMap(a -> a.branches().stream()).toList());
    }

    /** @throws IllegalArgumentException where a pattern cannot be split ({@link Alternation#of}) */
    public static GatedAlternations of(List<Pattern> patterns) {
        return new GatedAlternations(patterns);
    }

    /** The patterns as given: what a test compares the gated matches with. */
    public List<Pattern> patterns() {
        return patterns;
    }

    /**
     * Whether some pattern matches somewhere in {@code text}, as {@link java.util.regex.Matcher#find()} on each would
     * say: a whole pattern matches at a position exactly where one of its branches does, so the first branch
     * found anywhere answers.
     */
    public boolean anyMatch(CharSequence text) {
        PatternGate.Candidates candidates = gate.scan(text);
        for (int i = 0; i < alternations.size(); i++) {
            List<Pattern> branches = alternations.get(i).branches();
            for (int b = 0; b < branches.size(); b++) {
                int branch = firstBranch[i] + b;
                if (candidates.contains(branch) && candidates.find(branch, branches.get(b).matcher(text), 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Reports the matches of each pattern as a {@link java.util.regex.Matcher#find()} loop over it finds them:
     * pattern by pattern in list order, each one's in text order.
     */
    public void forEachMatch(CharSequence text, Listener listener) {
        PatternGate.Candidates candidates = gate.scan(text);
        // One look for the next candidate branch per pattern that has one: most sentences have none at all.
        for (int branch = candidates.next(0); branch >= 0; ) {
            int pattern = patternOfBranch[branch];
            int first = firstBranch[pattern];
            alternations.get(pattern).forEachMatch(text, candidates, first, (start, end) -> listener.match(pattern, start, end));
            branch = candidates.next(first + alternations.get(pattern).branches().size());
        }
    }
}
