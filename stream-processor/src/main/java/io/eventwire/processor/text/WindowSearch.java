package io.eventwire.processor.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns searched in a window of a text, as a matcher confined to that region ({@link Matcher#region}, opaque
 * bounds) searches it, but tried only where their start literals occur ({@link PatternGate#anchoring}). Word
 * lists searched near a figure (which way it moved, whether its clause supposes) are long alternations: a
 * search tries every word at every position, where one gate pass over the window finds where any can start.
 * Immutable: one instance serves every thread.
 */
public final class WindowSearch {

    private final List<Pattern> patterns;
    private final PatternGate gate;

    private WindowSearch(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.gate = PatternGate.anchoring(this.patterns);
    }

    public static WindowSearch of(List<Pattern> patterns) {
        return new WindowSearch(patterns);
    }

    /**
     * The window {@code text[from, to)}, scanned once for all the patterns. Its copy is the region: within it,
     * transparent bounds see exactly what opaque bounds of a region would, and no more.
     */
    public Window in(String text, int from, int to) {
        String window = text.substring(from, to);
        return new Window(window, from, gate.scan(window));
    }

    /** One window of a text, with where each pattern may match in it. */
    public final class Window {
        private final String text;
        private final int offset;
        private final PatternGate.Candidates candidates;

        private Window(String text, int offset, PatternGate.Candidates candidates) {
            this.text = text;
            this.offset = offset;
            this.candidates = candidates;
        }

        /** Where the first match of pattern {@code pattern} starts in the whole text, or -1 for none. */
        public int firstStart(int pattern) {
            Matcher matcher = patterns.get(pattern).matcher(text);
            return candidates.contains(pattern) && candidates.find(pattern, matcher, 0) ? offset + matcher.start() : -1;
        }

        /**
         * Where the last match a {@link Matcher#find()} loop finds starts in the whole text, or -1 for none:
         * matches do not overlap, so it is not simply the last place a match could start.
         */
        public int lastStart(int pattern) {
            int[] last = {-1};
            if (candidates.contains(pattern)) {
                candidates.forEachMatch(pattern, patterns.get(pattern).matcher(text), m -> last[0] = offset + m.start());
            }
            return last[0];
        }

        /** The first match of pattern {@code pattern}, offsets into the window ({@link #offset()}), or null. */
        public Matcher first(int pattern) {
            Matcher matcher = patterns.get(pattern).matcher(text);
            return candidates.contains(pattern) && candidates.find(pattern, matcher, 0) ? matcher : null;
        }

        /** Where the window starts in the whole text. */
        public int offset() {
            return offset;
        }
    }
}
