package io.eventwire.processor.normalize.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as a page states it, parsed from the forms pages use: ISO-8601 (with or without offset,
 * with a space instead of {@code T}, offsets without a colon), RFC 1123 ({@code Thu, 19 May 2022 04:09:01
 * GMT}), month names in English ({@code May 19, 2022}, {@code 19 May 2022}), numeric dates ({@code 2022/05/19},
 * German {@code 19.05.2022}) and CJK dates ({@code 2022年5月19日}).
 *
 * <p>Output: a date and time becomes ISO-8601 with offset, seconds precision ({@code 2022-05-19T04:09:01Z});
 * a time without an offset is taken as UTC, the one assumption made (pages that omit the offset are mostly
 * rendered from UTC timestamps). A date without a time stays a date ({@code 2020-05-20}): inventing
 * midnight in some zone would state a precision and an instant the source never gave.
 *
 * @param dateTime the instant with the offset the source wrote, when a time was given
 * @param date     the calendar date, when only a date was given
 */
public record PublicationDate(OffsetDateTime dateTime, LocalDate date) {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;
    private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private static final DateTimeFormatter ISO_FLEXIBLE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final List<DateTimeFormatter> ENGLISH_DATE_TIMES = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            formatter("EEE, d MMM uuuu HH:mm[:ss] zzz"),
            formatter("EEE MMM d HH:mm:ss zzz uuuu"));

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(\\p{L}{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.? (\\p{L}{3,9})\\.?,? (\\d{4})\\b");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR_NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    private static final Pattern ISO_START = Pattern.compile("\\A\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_ONLY = Pattern.compile("\\A\\d{4}-\\d{2}-\\d{2}\\z");

    /**
     * Parses {@code text}; empty when it holds no date this class recognises (never a guess), or a date outside
     * {@value #FIRST_YEAR}-{@value #LAST_YEAR}: templates fill empty fields with placeholders such as
     * {@code 0001-01-01T00:00:00}.
     */
    public static Optional<PublicationDate> parse(String text) {
        return parseAnyYear(text).filter(date -> date.localDate().getYear() >= FIRST_YEAR
                && date.localDate().getYear() <= LAST_YEAR);
    }

    private static Optional<PublicationDate> parseAnyYear(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (DATE_ONLY.matcher(value).matches()) {
                return Optional.of(new PublicationDate(null, LocalDate.parse(value)));
            }
            if (ISO_START.matcher(value).lookingAt()) {
                Optional<PublicationDate> iso = parseIso(value);
                if (iso.isPresent()) {
                    return iso;
                }
            }
            for (DateTimeFormatter formatter : ENGLISH_DATE_TIMES) {
                try {
                    return Optional.of(ofDateTime(ZonedDateTime.parse(value, formatter).toOffsetDateTime()));
                } catch (DateTimeParseException ignored) {
                    // not this form; try the next
                }
            }
            return parseDateOnly(value);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<PublicationDate> parseIso(String value) {
        try {
            var parsed = ISO_FLEXIBLE.parse(value);
            LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed), LocalTime.from(parsed));
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)) : ZoneOffset.UTC;
            return Optional.of(ofDateTime(OffsetDateTime.of(local, offset)));
        } catch (DateTimeParseException e) {
            return parseDateOnly(value);
        }
    }

    private static Optional<PublicationDate> parseDateOnly(String value) {
        Matcher ymd = YEAR_MONTH_DAY.matcher(value);
        if (ymd.find()) {
            return date(ymd.group(1), ymd.group(2), ymd.group(3));
        }
        Matcher dmyNumeric = DAY_MONTH_YEAR_NUMERIC.matcher(value);
        if (dmyNumeric.find()) {
            return date(dmyNumeric.group(3), dmyNumeric.group(2), dmyNumeric.group(1));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(value);
        if (mdy.find()) {
            Optional<PublicationDate> date = named(mdy.group(3), mdy.group(1), mdy.group(2));
            if (date.isPresent()) {
                return date;
            }
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(value);
        if (dmy.find()) {
            return named(dmy.group(3), dmy.group(2), dmy.group(1));
        }
        return Optional.empty();
    }

    private static Optional<PublicationDate> named(String year, String monthName, String day) {
        int month = Months.number(monthName);
        return month == 0 ? Optional.empty() : date(year, Integer.toString(month), day);
    }

    private static Optional<PublicationDate> date(String year, String month, String day) {
        try {
            return Optional.of(new PublicationDate(null,
                    LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static PublicationDate ofDateTime(OffsetDateTime dateTime) {
        return new PublicationDate(dateTime.withNano(0), null);
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART);
    }

    /** The calendar date, whether or not a time was given. */
    public LocalDate localDate() {
        return dateTime != null ? dateTime.toLocalDate() : date;
    }

    /** Whether both name the same instant (dates: the same day), whatever offsets they were written in. */
    public boolean sameMoment(PublicationDate other) {
        if (dateTime != null && other.dateTime != null) {
            return dateTime.isEqual(other.dateTime);
        }
        return dateTime == null && other.dateTime == null && date.equals(other.date);
    }

    /** ISO-8601: {@code 2022-05-19T04:09:01Z}, or {@code 2020-05-20} for a date alone. */
    public String iso() {
        return dateTime != null ? OUTPUT.format(dateTime) : date.toString();
    }
}
