package io.eventwire.processor.extract.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.eventwire.processor.extract.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits an article's text into sentences for Chinese, English and German with ICU's sentence rules.
 *
 * <p>ICU alone breaks after every "period, space, capital", so "Oct. 9", "Acme Inc. and", "U.S. Commerce" or
 * "Nr. 5" would end a sentence; a break right after one of the abbreviations below is skipped. (ICU's
 * FilteredBreakIteratorBuilder does not suppress multi-dot forms such as "U.S." reliably, hence the own check.)
 * Line breaks always end a sentence: headlines and list items carry no full stop.
 * Offsets point into the text given; sentence text is trimmed of surrounding white space.
 *
 * <p>A "sentence" longer than {@link #MAX_SENTENCE_CHARS} (a page of numbers or keywords without a full stop)
 * is cut into pieces at white space near that length: the extractors' work per sentence grows faster than
 * its length, and one endless sentence stalled the processor (found by the bad-input tests).
 */
public final class SentenceSplitter {

    /** Abbreviations that end with a period and are normally followed by more of the same sentence. */
    private static final Set<String> ENGLISH = Set.of(
            "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
            "Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun.",
            "Co.", "Corp.", "Inc.", "Ltd.", "Bros.", "Dept.", "Gov.", "Govt.", "Sen.", "Rep.", "Sec.", "Adm.",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Jr.", "Sr.", "No.", "Nos.", "vs.", "etc.", "approx.",
            "U.S.", "U.K.", "U.N.", "E.U.", "P.R.C.", "D.C.", "e.g.", "i.e.", "a.m.", "p.m.", "Fig.");
    private static final Set<String> GERMAN = Set.of(
            "Nr.", "z.B.", "z. B.", "u.a.", "u. a.", "d.h.", "d. h.", "bzw.", "ca.", "vgl.", "Dr.", "Prof.",
            "Hr.", "Fr.", "Abs.", "Art.", "Jan.", "Feb.", "Okt.", "Dez.", "Mio.", "Mrd.", "Bd.", "Str.", "usw.",
            "inkl.", "evtl.", "ggf.", "sog.", "GmbH.", "Co.", "Inc.", "Corp.", "Ltd.", "U.S.", "US.");
    private static final Set<String> ALL = union(ENGLISH, GERMAN);
    private static final Map<String, Set<String>> BY_LANGUAGE = Map.of("en", ENGLISH, "de", GERMAN);
    /**
     * Made once and cloned for each text: getSentenceInstance builds an iterator from the rule data every time
     * (two thirds of the splitting's cost), a clone shares the rules. Never used directly, so never shared.
     */
    private static final BreakIterator CHINESE_RULES = BreakIterator.getSentenceInstance(ULocale.CHINESE);
    private static final BreakIterator GERMAN_RULES = BreakIterator.getSentenceInstance(ULocale.GERMAN);
    private static final BreakIterator ENGLISH_RULES = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
    /** Far above any real sentence (news sentences rarely pass 400 characters), so real text is never cut. */
    public static final int MAX_SENTENCE_CHARS = 2_000;

    /**
     * The sentences of {@code text}. Unknown languages get the English and German abbreviations: news in
     * other languages quotes both, and Chinese text quotes English company names ("Acme Co. Ltd.").
     */
    public List<Sentence> split(String text, String language) {
        List<Sentence> sentences = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return sentences;
        }
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        Set<String> abbreviations = BY_LANGUAGE.getOrDefault(lang, ALL);
        BreakIterator rules = switch (lang) {
            case "zh" -> CHINESE_RULES;
            case "de" -> GERMAN_RULES;
            default -> ENGLISH_RULES;
        };
        BreakIterator iterator = (BreakIterator) rules.clone();
        iterator.setText(text);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            if (end < text.length() && endsWithAbbreviation(text, start, end, abbreviations)) {
                continue;
            }
            add(text, start, end, sentences);
            start = end;
        }
        return sentences;
    }

    /** Whether the break at {@code end} follows an abbreviation on the same line. */
    private static boolean endsWithAbbreviation(String text, int start, int end, Set<String> abbreviations) {
        int last = end;
        while (last > start && text.charAt(last - 1) == ' ') {
            last--;
        }
        if (last == end || last == start) {
            return false; // no space before the break: a line break or no break at all
        }
        int first = last;
        while (first > start && !Character.isWhitespace(text.charAt(first - 1))) {
            first--;
        }
        String word = text.substring(first, last);
        if (abbreviations.contains(word)) {
            return true;
        }
        // "z. B." and "d. h." are two tokens: look one word further back.
        int before = first - 1;
        while (before > start && !Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        return before >= start && first > start && abbreviations.contains(text.substring(before, last));
    }

    private static void add(String text, int start, int end, List<Sentence> sentences) {
        while (end - start > MAX_SENTENCE_CHARS) {
            int cut = start + MAX_SENTENCE_CHARS;
            int space = cut;
            while (space > start + MAX_SENTENCE_CHARS / 2 && !isBlank(text.charAt(space - 1))) {
                space--;
            }
            cut = space > start + MAX_SENTENCE_CHARS / 2 ? space : cut;
            if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--; // never split a character in two
            }
            addTrimmed(text, start, cut, sentences);
            start = cut;
        }
        addTrimmed(text, start, end, sentences);
    }

    private static void addTrimmed(String text, int start, int end, List<Sentence> sentences) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new Sentence(text.substring(start, end), start, end));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
