package io.eventwire.processor.normalize.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles a page gives itself (its metadata title, its {@code <title>}), to recognise the headline where
 * it is repeated above the text: often reworded a little ("Diet X - lose 10 kg in 14 days" in the heading,
 * "Diet X (14 days) - lose 10 kg. Reviews" in the title tag), so words are compared, not strings.
 */
final class PageTitles {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final List<Set<String>> titles;

    PageTitles(List<String> titles) {
        this.titles = titles.stream().filter(Objects::nonNull).map(PageTitles::words).filter(w -> !w.isEmpty())
                .toList();
    }

    /** Whether at least {@code minShare} of the words of {@code text} (two or more) are in one of the titles. */
    boolean repeatedIn(String text, double minShare) {
        Set<String> words = words(text);
        if (words.isEmpty() || words.size() < 2 && !isLongRun(words)) {
            return false;
        }
        for (Set<String> title : titles) {
            long shared = words.stream().filter(title::contains).count();
            if (shared >= minShare * words.size()) {
                return true;
            }
        }
        return false;
    }

    /** A single "word" of ten or more characters is a CJK headline, which has no spaces to split on. */
    private static boolean isLongRun(Set<String> words) {
        return words.iterator().next().length() >= 10;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
