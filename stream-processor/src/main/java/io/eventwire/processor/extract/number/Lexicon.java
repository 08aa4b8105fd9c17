package io.eventwire.processor.extract.number;

import io.eventwire.processor.text.PatternGate;
import io.eventwire.processor.text.RequiredLiterals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ordered table of patterns and what each means; the longest match wins, so "US$" beats "$" and
 * "元人民币" beats "元" without the table having to be sorted by hand.
 */
final class Lexicon<T> {

    /** A matched entry: its value and the span it covered. */
    record Hit<T>(T value, int start, int end) {
    }

    /**
     * {@code starts}: the literals a match starts with, null if it need start with none; an array, as a set's
     * iterator per entry per position cost as much as the comparisons.
     */
    private record Entry<T>(Pattern pattern, Pattern ending, String[] starts, T value) {

        /**
         * Whether a match may start at {@code at}: {@link #after} asks at every figure for every entry, and a
         * matcher for each cost more than most of the reading.
         */
        boolean mayStartAt(String text, int at) {
            if (starts == null) {
                return true;
            }
            for (String literal : starts) {
                if (RequiredLiterals.occursAt(text, at, literal)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Entry<T>> entries = new ArrayList<>();
    private final boolean gated;
    /**
     * The entries whose words occur before a figure: {@link #before} runs for every number of every sentence
     * (years and dates too), and trying each entry's expression at each of the 24 positions before it was most of
     * the cost of reading numbers. Built on first use: a lexicon is built entry by entry, and a gate per entry
     * added was most of the cost of the first article read. Two threads may both build it; the gates are equal.
     */
    private volatile PatternGate gate;
    /** The entries by the char a match may start with, built on first use as the gate is. */
    private volatile FirstChars<T> firstChars;

    /**
     * For each folded char, the entries a match may start with it, in table order; those that need start with
     * no literal are among every char's and make up the list of the chars no literal starts with.
     * {@link #after} asks these only, where asking every entry's literals at every figure was most of its cost.
     */
    private record FirstChars<T>(Map<Character, List<Entry<T>>> byChar, List<Entry<T>> anyChar) {

        static <T> FirstChars<T> of(List<Entry<T>> entries) {
            List<Entry<T>> anyChar = entries.stream().filter(e -> startsWith(e, null)).toList();
            Map<Character, List<Entry<T>>> byChar = new HashMap<>();
            entries.stream().filter(e -> e.starts() != null).flatMap(e -> Arrays.stream(e.starts()))
                    .filter(literal -> !literal.isEmpty()).map(literal -> literal.charAt(0)).distinct()
                    .forEach(c -> byChar.put(c, entries.stream().filter(e -> startsWith(e, c)).toList()));
            return new FirstChars<>(byChar, anyChar);
        }

        /** Whether a match of {@code entry} may start with char {@code c}; null stands for a char no literal starts with. */
        private static boolean startsWith(Entry<?> entry, Character c) {
            return entry.starts() == null || Arrays.stream(entry.starts())
                    .anyMatch(literal -> literal.isEmpty() || c != null && literal.charAt(0) == c);
        }

        List<Entry<T>> at(String text, int pos) {
            return pos < text.length() ? byChar.getOrDefault(RequiredLiterals.fold(text.charAt(pos)), anyChar) : anyChar;
        }
    }

    Lexicon() {
        this(true);
    }

    /** With {@code gated} false, {@link #after} and {@link #before} try every entry: for the test that compares. */
    private Lexicon(boolean gated) {
        this.gated = gated;
    }

    /** This lexicon without its gate. */
    Lexicon<T> ungated() {
        Lexicon<T> copy = new Lexicon<>(false);
        copy.entries.addAll(entries);
        return copy;
    }

    /** Adds a pattern; Latin words get a boundary on both sides, so "bn" never matches inside "bnb". */
    Lexicon<T> add(String regex, T value) {
        String bounded = "(?<!\\p{IsLatin})(?:" + regex + ")(?!\\p{IsLatin})";
        String cjkOrSymbol = "(?:" + regex + ")";
        String form = regex.chars().anyMatch(c -> c < 128 && Character.isLetter(c)) ? bounded : cjkOrSymbol;
        Pattern pattern = Pattern.compile(form);
        Set<String> starts = RequiredLiterals.startsOf(pattern);
        entries.add(new Entry<>(pattern, Pattern.compile(form + "\\s?\\z"),
                starts == null ? null : starts.toArray(String[]::new), value));
        gate = null;
        firstChars = null;
        return this;
    }

    /** The longest entry starting at {@code from} after at most {@code maxSpaces} spaces, or null. */
    Hit<T> after(String text, int from, int maxSpaces) {
        int pos = from;
        Hit<T> best = null;
        for (int spaces = 0; spaces <= maxSpaces && pos <= text.length(); spaces++) {
            for (Entry<T> entry : gated ? firstChars().at(text, pos) : entries) {
                if (gated && !entry.mayStartAt(text, pos)) {
                    continue;
                }
                Matcher m = entry.pattern.matcher(text).region(pos, text.length());
                m.useTransparentBounds(true).useAnchoringBounds(false);
                if (m.lookingAt() && m.end() > m.start() && (best == null || m.end() > best.end)) {
                    best = new Hit<>(entry.value, m.start(), m.end());
                }
            }
            if (best != null || pos >= text.length() || !isSpace(text.charAt(pos))) {
                break;
            }
            pos++;
        }
        return best;
    }

    /** The longest entry ending at {@code to}, allowing one space before {@code to}, or null. */
    Hit<T> before(String text, int to) {
        int from = Math.max(0, to - 24);
        Hit<T> best = null;
        // A match lies inside [from, to), so an entry whose words are not there cannot match.
        BitSet candidates = gated ? gate().candidates(text.subSequence(from, to)) : null;
        for (int i = 0; i < entries.size(); i++) {
            if (candidates != null && !candidates.get(i)) {
                continue;
            }
            Entry<T> entry = entries.get(i);
            Matcher m = entry.ending.matcher(text).region(from, to);
            m.useTransparentBounds(true);
            if (m.find() && (best == null || m.start() < best.start)) {
                best = new Hit<>(entry.value, m.start(), to);
            }
        }
        return best;
    }

    private FirstChars<T> firstChars() {
        FirstChars<T> built = firstChars;
        if (built == null) {
            built = FirstChars.of(entries);
            firstChars = built;
        }
        return built;
    }

    private PatternGate gate() {
        PatternGate built = gate;
        if (built == null) {
            built = PatternGate.of(entries.stream().map(Entry::pattern).toList());
            gate = built;
        }
        return built;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\t';
    }
}
