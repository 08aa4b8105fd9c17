package io.eventwire.processor.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literals a regular expression's every match contains, one of which at least: {@code \bban(?:s|ned)?\s+on}
 * needs "ban" (and "on"), {@code (?:制裁|禁令)} needs 制裁 or 禁令. A text that holds none of them cannot match,
 * which is what {@link PatternGate} uses to skip patterns. This is the prefilter idea of RE2's FilteredRE2 and
 * Hyperscan, for the Java syntax the rule sets use.
 *
 * <p>Literals are {@linkplain #fold(char) case-folded}, so they hold whatever the pattern's case flags: a
 * case-insensitive match of "Ban" is a folded "ban". The reading is conservative: whatever it does not take as
 * a literal (classes, escapes such as {@code \w}, optional parts, lookarounds) simply requires nothing, and
 * syntax it does not know is refused rather than guessed.
 */
public final class RequiredLiterals {

    /**
     * What Pattern compares under CASE_INSENSITIVE | UNICODE_CASE; it equates no more than ASCII-only
     * case-insensitivity or exact matching do, so it serves every flag combination.
     */
    static final CharTable FOLD = CharTable.of(c -> Character.isSurrogate((char) c) ? c
            : Character.toLowerCase(Character.toUpperCase((char) c)));

    private final String regex;
    /** Whether this reading looks for the literals a match starts with, rather than those it contains. */
    private final boolean starts;
    private int pos;
    /** Whether the last atom read stood without a quantifier (as opposed to {@code {1}} or {@code {1,3}}). */
    private boolean lastQuantifierWasNone;

    private RequiredLiterals(String regex, boolean starts) {
        this.regex = regex;
        this.starts = starts;
    }

    /**
     * The folded literals of which every match of {@code pattern} contains one, none of them containing
     * another; null when a match need contain no literal at all.
     *
     * @throws IllegalArgumentException on syntax this reader does not know (comments mode, literal mode…)
     */
    public static Set<String> of(Pattern pattern) {
        return read(pattern, false);
    }

    /**
     * The folded literals of which every match of {@code pattern} starts with one (after its zero-width
     * assertions), none of them starting with another; null when a match need start with no literal. A text's
     * matches can then only start where one of them occurs, which spares trying every other position.
     *
     * @throws IllegalArgumentException on syntax this reader does not know (comments mode, literal mode…)
     */
    public static Set<String> startsOf(Pattern pattern) {
        return read(pattern, true);
    }

    private static Set<String> read(Pattern pattern, boolean starts) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            throw new IllegalArgumentException("unsupported flags: " + pattern);
        }
        RequiredLiterals reader = new RequiredLiterals(pattern.pattern(), starts);
        Set<String> literals = reader.alternation();
        if (reader.pos != reader.regex.length()) {
            throw reader.unsupported();
        }
        return literals;
    }

    /** Whether folded {@code literal} (as {@link #startsOf} gives them) stands in {@code text} at {@code at}. */
    public static boolean occursAt(CharSequence text, int at, String literal) {
        if (at + literal.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < literal.length(); k++) {
            if (fold(text.charAt(at + k)) != literal.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** One character as {@link #of} folds literals: what texts are folded with before looking for them. */
    public static char fold(char c) {
        return FOLD.map(c);
    }

    // ------------------------------------------------------------------ the grammar

    /** Branches up to a closing parenthesis or the end: one of the branches' literals. */
    private Set<String> alternation() {
        Set<String> union = new LinkedHashSet<>();
        boolean everyBranchRequires = true;
        do {
            Set<String> branch = sequence();
            if (branch == null) {
                everyBranchRequires = false;
            } else {
                union.addAll(branch);
            }
        } while (consume('|'));
        return everyBranchRequires ? minimal(union, starts) : null;
    }

    /**
     * Atoms in a row. Consecutive mandatory literal characters form a run; a group, class or quantifier ends
     * it. Any run, or any mandatory group's requirement, is a requirement of the whole sequence: the one with
     * the longest shortest literal is kept, as the most selective. What a positive lookaround requires, the text
     * must hold too; it is kept only where the sequence requires nothing else, so that the literals a match
     * holds keep their precedence (a name before its stock code: {@code \p{IsHan}{2,6}(?=[（(]\d{6})}).
     */
    private Set<String> sequence() {
        if (starts) {
            return sequenceStart();
        }
        List<Set<String>> candidates = new ArrayList<>();
        List<Set<String>> aroundCandidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (pos < regex.length() && peek() != '|' && peek() != ')') {
            Atom atom = atom();
            int min = quantifierMin();
            boolean once = min == 1 && lastQuantifierWasNone;
            if (atom.zeroWidth()) {
                if (min >= 1 && atom.required() != null) {
                    aroundCandidates.add(atom.required());
                }
                if (!once) {
                    endRun(run, candidates);
                }
                continue;
            }
            if (atom.literal() != null && min >= 1) {
                run.append(atom.literal());
                if (once) {
                    continue;
                }
            }
            endRun(run, candidates);
            if (atom.literal() == null && min >= 1 && atom.required() != null) {
                candidates.add(atom.required());
            }
        }
        endRun(run, candidates);
        return (candidates.isEmpty() ? aroundCandidates : candidates).stream()
                .max(Comparator.comparingInt(RequiredLiterals::shortest).thenComparingInt(set -> -set.size()))
                .orElse(null);
    }

    /**
     * Atoms in a row, read for how a match starts: the run of mandatory literal characters after the leading
     * assertions, else what the first atom starts with (a group's branches, a class's characters).
     */
    private Set<String> sequenceStart() {
        StringBuilder run = new StringBuilder();
        Set<String> first = null;
        boolean leading = true;
        while (pos < regex.length() && peek() != '|' && peek() != ')') {
            Atom atom = atom();
            int min = quantifierMin();
            if (!leading || atom.zeroWidth()) {
                continue;
            }
            if (atom.literal() != null && min >= 1) {
                run.append(atom.literal());
                if (min == 1 && lastQuantifierWasNone) {
                    continue;
                }
            }
            leading = false;
            if (run.isEmpty() && min >= 1) {
                first = atom.required();
            }
        }
        return run.isEmpty() ? first : Set.of(run.toString());
    }

    private static void endRun(StringBuilder run, List<Set<String>> candidates) {
        if (!run.isEmpty()) {
            candidates.add(Set.of(run.toString()));
            run.setLength(0);
        }
    }

    /**
     * One atom: a literal (one or more characters that always occur together, as {@code \Q…\E}), a zero-width
     * assertion (a positive lookaround with what it requires), or anything else with what it requires (a group)
     * or null.
     */
    private record Atom(String literal, boolean zeroWidth, Set<String> required) {
        static final Atom ANY = new Atom(null, false, null);
        static final Atom ASSERTION = new Atom(null, true, null);

        static Atom literal(char c) {
            char folded = fold(c);
            return Character.isSurrogate(c) ? ANY : new Atom(String.valueOf(folded), false, null);
        }
    }

    private Atom atom() {
        char c = next();
        return switch (c) {
            case '(' -> group();
            case '[' -> characterClass();
            case '\\' -> escape();
            case '.' -> Atom.ANY;
            case '^', '$' -> Atom.ASSERTION;
            case '*', '+', '?', '{' -> throw unsupported();
            default -> Atom.literal(c);
        };
    }

    private Atom group() {
        if (!consume('?')) {
            return capturing();
        }
        if (consume(':') || consume('>')) {
            return capturing();
        }
        if (consume('=')) {
            return lookaround(true);
        }
        if (consume('!')) {
            return lookaround(false);
        }
        if (consume('<')) {
            if (consume('=')) {
                return lookaround(true);
            }
            if (consume('!')) {
                return lookaround(false);
            }
            while (Character.isLetterOrDigit(peek())) {
                pos++;
            }
            expect('>');
            return capturing();
        }
        StringBuilder flags = new StringBuilder();
        while (pos < regex.length() && "idmsuxUc-".indexOf(peek()) >= 0) {
            flags.append(next());
        }
        String set = flags.toString().split("-", -1)[0];
        if (set.indexOf('x') >= 0) {
            throw unsupported();
        }
        if (consume(')')) {
            return Atom.ASSERTION;
        }
        expect(':');
        return capturing();
    }

    private Atom capturing() {
        Set<String> inner = alternation();
        expect(')');
        return new Atom(null, false, inner);
    }

    /** A lookaround: zero-width, and for a positive one, what the text must hold around the match. */
    private Atom lookaround(boolean positive) {
        Set<String> inner = alternation();
        expect(')');
        return positive && inner != null ? new Atom(null, true, inner) : Atom.ASSERTION;
    }

    /** A class of plain characters ({@code [Ll]}, {@code [日号]}) requires one of them; any other, nothing. */
    private Atom characterClass() {
        int start = pos;
        int depth = 1;
        boolean plain = true;
        while (depth > 0) {
            char c = next();
            if (c == '\\') {
                next();
                plain = false;
            } else if (c == '[') {
                depth++;
                plain = false;
            } else if (c == ']') {
                depth--;
            } else if (c == '^' || c == '-' || c == '&' || Character.isSurrogate(c)) {
                plain = false;
            }
        }
        String members = regex.substring(start, pos - 1);
        if (!plain || members.isEmpty()) {
            return Atom.ANY;
        }
        Set<String> folded = new LinkedHashSet<>();
        members.chars().forEach(c -> folded.add(String.valueOf(fold((char) c))));
        return folded.size() == 1 ? new Atom(folded.iterator().next(), false, null) : new Atom(null, false, folded);
    }

    private Atom escape() {
        char c = next();
        switch (c) {
            case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 'R', 'X', 'N' -> {
                return Atom.ANY;
            }
            case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
                return Atom.ASSERTION;
            }
            case 'p', 'P' -> {
                if (consume('{')) {
                    skipPast('}');
                } else {
                    next();
                }
                return Atom.ANY;
            }
            case 'k' -> {
                skipPast('>');
                return Atom.ANY;
            }
            case 'Q' -> {
                int end = regex.indexOf("\\E", pos);
                String quoted = regex.substring(pos, end < 0 ? regex.length() : end);
                pos = end < 0 ? regex.length() : end + 2;
                StringBuilder folded = new StringBuilder();
                for (char q : quoted.toCharArray()) {
                    if (Character.isSurrogate(q)) {
                        return Atom.ANY;
                    }
                    folded.append(fold(q));
                }
                return folded.isEmpty() ? Atom.ASSERTION : new Atom(folded.toString(), false, null);
            }
            case 't' -> {
                return Atom.literal('\t');
            }
            case 'n' -> {
                return Atom.literal('\n');
            }
            case 'r' -> {
                return Atom.literal('\r');
            }
            case 'f' -> {
                return Atom.literal('\f');
            }
            case 'u' -> {
                pos += 4;
                return Atom.literal((char) Integer.parseInt(regex.substring(pos - 4, pos), 16));
            }
            default -> {
                if (Character.isDigit(c)) {
                    while (Character.isDigit(peek())) {
                        pos++;
                    }
                    return Atom.ANY;
                }
                if (Character.isLetter(c)) {
                    throw unsupported();
                }
                return Atom.literal(c);
            }
        }
    }

    /** The quantifier after an atom, if any: its minimum (1 without one). Lazy and possessive forms alike. */
    private int quantifierMin() {
        lastQuantifierWasNone = false;
        int min;
        if (consume('?') || consume('*')) {
            min = 0;
        } else if (consume('+')) {
            min = 1;
        } else if (consume('{')) {
            int start = pos;
            while (Character.isDigit(peek())) {
                pos++;
            }
            min = Integer.parseInt(regex.substring(start, pos));
            skipPast('}');
        } else {
            lastQuantifierWasNone = true;
            return 1;
        }
        if (!consume('?')) {
            consume('+');
        }
        return min;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The set without strings that contain another of its strings: finding "ban" already covers "bans". Of the
     * literals a match starts with ({@code starts}), only those that start with another.
     */
    private static Set<String> minimal(Set<String> literals, boolean starts) {
        Set<String> kept = new LinkedHashSet<>();
        for (String literal : literals) {
            if (literals.stream().noneMatch(other -> !other.equals(literal)
                    && (starts ? literal.startsWith(other) : literal.contains(other)))) {
                kept.add(literal);
            }
        }
        return kept;
    }

    private static int shortest(Set<String> literals) {
        return literals.stream().mapToInt(String::length).min().orElse(0);
    }

    private char peek() {
        return pos < regex.length() ? regex.charAt(pos) : '\0';
    }

    private char next() {
        if (pos >= regex.length()) {
            throw unsupported();
        }
        return regex.charAt(pos++);
    }

    private boolean consume(char c) {
        if (peek() == c && pos < regex.length()) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw unsupported();
        }
    }

    private void skipPast(char c) {
        while (next() != c) {
            // skipping the body of {…} or <…>
        }
    }

    private IllegalArgumentException unsupported() {
        return new IllegalArgumentException("cannot read the literals of /" + regex + "/ at " + pos);
    }
}
