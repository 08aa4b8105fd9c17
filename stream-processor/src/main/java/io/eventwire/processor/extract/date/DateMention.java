package io.eventwire.processor.extract.date;

import java.time.LocalDate;

/**
 * A date expression found in a text.
 *
 * @param start     offset of the expression in the text searched ({@code end} exclusive)
 * @param text      the expression as written
 * @param date      the first day of what it names, or null when it cannot be resolved ("in May" in an article
 *                  without a publication date): never a guess
 * @param precision what the expression states, or null with a null date
 * @param relative  whether it was resolved against the publication date ("last week", "5月5日")
 */
public record DateMention(int start, int end, String text, LocalDate date, DatePrecision precision,
                          boolean relative) {

    public boolean isResolved() {
        return date != null;
    }

    /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; null when unresolved. */
    public String value() {
        return date == null ? null : precision.format(date);
    }

    /** The same mention with offsets moved by {@code delta} (sentence offsets into article offsets). */
    public DateMention shifted(int delta) {
        return new DateMention(start + delta, end + delta, text, date, precision, relative);
    }
}
