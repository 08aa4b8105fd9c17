package io.eventwire.processor.extract;

import io.eventwire.contracts.record.Article;
import io.eventwire.processor.extract.date.DateFinder;
import io.eventwire.processor.extract.date.DateMention;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * What the event extractors share about one article, computed once by {@link EventExtractor}: its sentences,
 * the gazetteer mentions and the date expressions, all with offsets into {@code article.text()} and kept in
 * text order. Dates are found sentence by sentence on first request: the extractors only ask for the dates of
 * the few sentences that state an event. One context serves one article on one thread.
 */
public final class ArticleContext {

    private final Article article;
    private final LocalDate publishedOn;
    private final List<Sentence> sentences;
    private final List<EntityMention> mentions;
    private final DateFinder dateFinder;
    private final Map<Integer, List<DateMention>> datesBySentenceStart = new HashMap<>();

    /**
     * @param publishedOn the publication day in the publisher's own offset, or null when unknown or partial
     *                    ("2023-03"): relative dates then stay unresolved
     * @param dateFinder  what finds a sentence's dates, against {@code publishedOn}
     */
    public ArticleContext(Article article, LocalDate publishedOn, List<Sentence> sentences,
                          List<EntityMention> mentions, DateFinder dateFinder) {
        this.article = Objects.requireNonNull(article, "article");
        this.publishedOn = publishedOn;
        this.sentences = List.copyOf(sentences);
        this.mentions = mentions.stream().sorted(Comparator.comparingInt(EntityMention::start)).toList();
        this.dateFinder = Objects.requireNonNull(dateFinder, "dateFinder");
    }

    public Article article() {
        return article;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The gazetteer mentions of the whole text, in text order. */
    public List<EntityMention> mentions() {
        return mentions;
    }

    public String text() {
        return article.text() == null ? "" : article.text();
    }

    public String language() {
        return article.language();
    }

    /** The gazetteer mentions inside {@code sentence}, in text order. */
    public List<EntityMention> mentionsIn(Sentence sentence) {
        return within(mentions, EntityMention::start, EntityMention::end, sentence);
    }

    /** The date expressions inside {@code sentence}, in text order. */
    public List<DateMention> datesIn(Sentence sentence) {
        return datesBySentenceStart.computeIfAbsent(sentence.start(), start -> dateFinder
                .find(sentence.text(), language(), publishedOn).stream()
                .map(mention -> mention.shifted(start))
                .sorted(Comparator.comparingInt(DateMention::start))
                .toList());
    }

    /** The items of a list in text order that lie inside {@code sentence}: a binary search, then a short walk. */
    private static <T> List<T> within(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end, Sentence sentence) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (start.applyAsInt(items.get(middle)) < sentence.start()) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<T> inside = new ArrayList<>();
        for (int i = low; i < items.size() && start.applyAsInt(items.get(i)) < sentence.end(); i++) {
            if (end.applyAsInt(items.get(i)) <= sentence.end()) {
                inside.add(items.get(i));
            }
        }
        return inside;
    }

    /** The day of an ISO-8601 timestamp or date ({@code 2022-05-19T04:09:01Z}, {@code 2022-05-19}), else null. */
    public static LocalDate publicationDay(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        String value = publishedAt.strip();
        LocalDate written = writtenDay(value);
        return written != null ? written : parsedDay(value);
    }

    /**
     * The day in the first ten chars of a date, or of a timestamp without a zone region, read digit by digit;
     * null to leave the value to the parsers. Whatever follows the 'T', the parsers end on that day: the local
     * day of a timestamp with an offset, else the date before the 'T'. Parsing a timestamp cost more than the
     * rest of setting up an article's context.
     */
    private static LocalDate writtenDay(String value) {
        boolean dateAlone = value.length() == 10;
        boolean dateThenTime = value.length() > 10 && value.charAt(10) == 'T' && value.indexOf('[') < 0;
        if (!(dateAlone || dateThenTime) || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /** The number the ASCII digits {@code text[from, to)} write, or -1 where another char stands. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The day as the parsers read {@code value}: what every value went through before, and a test compares with. */
    static LocalDate parsedDay(String value) {
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException notOffset) {
            try {
                return ZonedDateTime.parse(value).toLocalDate();
            } catch (DateTimeParseException notZoned) {
                try {
                    return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }
}
