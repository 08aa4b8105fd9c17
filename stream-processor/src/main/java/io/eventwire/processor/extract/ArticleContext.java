package io.eventwire.processor.extract;

import io.eventwire.contracts.record.Article;
import io.eventwire.processor.extract.date.DateMention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * What the event extractors share about one article, computed once by {@link EventExtractor}: its sentences,
 * the gazetteer mentions and the date expressions, all with offsets into {@code article.text()}.
 *
 * @param publishedOn the publication day in the publisher's own offset, or null when unknown or partial
 *                    ("2023-03"): relative dates then stay unresolved
 */
public record ArticleContext(Article article, LocalDate publishedOn, List<Sentence> sentences,
                             List<EntityMention> mentions, List<DateMention> dates) {

    public ArticleContext {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
    }

    public String text() {
        return article.text() == null ? "" : article.text();
    }

    public String language() {
        return article.language();
    }

    /** The gazetteer mentions inside {@code sentence}, in text order. */
    public List<EntityMention> mentionsIn(Sentence sentence) {
        return mentions.stream().filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end()).toList();
    }

    /** The date expressions inside {@code sentence}, in text order. */
    public List<DateMention> datesIn(Sentence sentence) {
        return dates.stream().filter(d -> d.start() >= sentence.start() && d.end() <= sentence.end()).toList();
    }

    /** The day of an ISO-8601 timestamp or date ({@code 2022-05-19T04:09:01Z}, {@code 2022-05-19}), else null. */
    public static LocalDate publicationDay(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        String value = publishedAt.strip();
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
