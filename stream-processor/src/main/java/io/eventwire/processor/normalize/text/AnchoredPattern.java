package io.eventwire.processor.normalize.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the literal text its matches cannot do without: for each top-level alternative,
 * the longest run of characters it always matches literally. A text that contains none of these anchors has
 * no match, and {@link #count} answers 0 without running the expression.
 *
 * <p>Why: {@code java.util.regex} tries every alternative at every position of the text, and most
 * paragraphs contain none of the phrases a cue list looks for; a few {@link String#contains} scans are far
 * cheaper. The anchors are derived from the expression itself, so an edited cue list keeps them right: a
 * run ends at any metacharacter, a character made optional or counted ({@code ?}, {@code *}, {@code {m,n}})
 * is not part of it, groups and classes are skipped. An expression with an inline flag ({@code (?i)}) or an
 * alternative without any literal gets no anchors and is always run.
 */
final class AnchoredPattern {

    private final Pattern pattern;
    /** Null when some match may contain no literal: then every text is searched. */
    private final List<String> anchors;

    private AnchoredPattern(Pattern pattern, List<String> anchors) {
        this.pattern = pattern;
        this.anchors = anchors;
    }

    /** {@code regex} compiled without flags, with its anchors. */
    static AnchoredPattern compile(String regex) {
        return new AnchoredPattern(Pattern.compile(regex), anchorsOf(regex));
    }

    Pattern pattern() {
        return pattern;
    }

    /** The anchors, one of which every match contains; null when there are none. */
    List<String> anchors() {
        return anchors;
    }

    /** False only when {@code text} cannot hold a match. */
    boolean mayMatch(String text) {
        if (anchors == null) {
            return true;
        }
        for (String anchor : anchors) {
            if (text.contains(anchor)) {
                return true;
            }
        }
        return false;
    }

    /** How many times {@link Matcher#find()} finds the pattern in {@code text}. */
    int count(String text) {
        if (!mayMatch(text)) {
            return 0;
        }
        int count = 0;
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static List<String> anchorsOf(String regex) {
        if (regex.contains("(?")) {
            return null;
        }
        Set<String> anchors = new LinkedHashSet<>();
        String longest = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                char escaped = i + 1 < regex.length() ? regex.charAt(i + 1) : '\\';
                if (Character.isLetterOrDigit(escaped) && "sSdDwWbB".indexOf(escaped) < 0) {
                    // Properties, code points, quotes (p, u, x, Q...): not worth reading, so no anchors.
                    return null;
                }
                i++;
                longest = endRun(run, longest, depth);
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    return null;
                }
                longest = endRun(run, longest, depth);
            } else if (c == '(') {
                longest = endRun(run, longest, depth);
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                longest = endRun(run, longest, depth);
                if (longest.isEmpty()) {
                    return null;
                }
                anchors.add(longest);
                longest = "";
            } else if (c == '?' || c == '*' || c == '{') {
                // The character before is optional: it is no part of the run.
                if (!run.isEmpty()) {
                    run.setLength(run.length() - 1);
                }
                longest = endRun(run, longest, depth);
                if (c == '{') {
                    i = regex.indexOf('}', i);
                    if (i < 0) {
                        return null;
                    }
                }
            } else if (".^$+".indexOf(c) >= 0) {
                longest = endRun(run, longest, depth);
            } else if (depth == 0) {
                run.append(c);
            }
        }
        longest = endRun(run, longest, depth);
        if (longest.isEmpty()) {
            return null;
        }
        anchors.add(longest);
        return List.copyOf(anchors);
    }

    /** Ends the current run; returns the longer of it and the longest so far (runs inside groups do not count). */
    private static String endRun(StringBuilder run, String longest, int depth) {
        String ended = run.toString();
        run.setLength(0);
        return depth == 0 && ended.length() > longest.length() ? ended : longest;
    }

    /** The index of the {@code ]} that closes the class opened at {@code open}; -1 for a class within a class. */
    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            if (regex.charAt(i) == '[') {
                return -1;
            }
            if (regex.charAt(i) == '\\') {
                i++;
            }
            i++;
        }
        return i;
    }
}
