package io.eventwire.processor.normalize.meta;

import java.util.regex.Pattern;

/** Author names as bylines write them: "By Jane Doe", "Von Max Muster", "作者：张三" become the names. */
final class Bylines {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?i:by|von|par|por|di|door|author|autor|auteur|written by|geschrieben von)\\s*[:：]?\\s+|^(作者|文|记者|编辑)\\s*[:：|｜丨/]\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Longer than this is a paragraph that was marked up as the author, not a name. */
    private static final int MAX_LENGTH = 200;

    private Bylines() {
    }

    /** The names in {@code byline}, or null when it is empty, a URL or too long to be names. */
    static String clean(String byline) {
        if (byline == null) {
            return null;
        }
        String names = PREFIX.matcher(WHITESPACE.matcher(byline).replaceAll(" ").strip()).replaceFirst("").strip();
        if (names.isEmpty() || names.length() > MAX_LENGTH || names.startsWith("http://")
                || names.startsWith("https://")) {
            return null;
        }
        return names;
    }
}
