package io.eventwire.processor.normalize.meta;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one form of date and time most pages state ({@code 2023-07-26T16:03:10+01:00}, {@code
 * 2022-05-19T04:09:01.000Z}), read and written by hand. Why: a {@link DateTimeFormatter} with optional sections
 * copies and resolves a field map for every date it parses, and the publication date was parsed and printed
 * for every article. Anything outside this form (a space for {@code T}, lower case, an offset without colon, a
 * field out of range) is left to the formatters, so the answers are theirs; tests compare the two.
 */
final class PlainIsoDateTime {

    /** How dates and times are written: ISO-8601 to the second, with the offset ({@code Z} for UTC). */
    static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final int DATE_TIME_LENGTH = "2022-05-19T04:09:01".length();
    /** Offsets up to this many hours are read here; the formatters resolve the rarer, larger ones. */
    private static final int MAX_OFFSET_HOURS = 14;

    private PlainIsoDateTime() {
    }

    /**
     * {@code text} as {@code uuuu-MM-dd'T'HH:mm:ss}, an optional fraction of one to nine digits, then {@code Z} or
     * {@code ±HH:MM}, with the nanoseconds dropped; null when it is not in that form or a field is out of range.
     */
    static OffsetDateTime parse(String text) {
        int length = text.length();
        if (length < DATE_TIME_LENGTH + 1 || !hasDateTimeShape(text)) {
            return null;
        }
        int offsetStart = afterFraction(text, DATE_TIME_LENGTH);
        ZoneOffset offset = offset(text, offsetStart);
        if (offset == null) {
            return null;
        }
        int month = number(text, 5);
        int hour = number(text, 11);
        int minute = number(text, 14);
        int second = number(text, 17);
        if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            return OffsetDateTime.of(number(text, 0) * 100 + number(text, 2), month, number(text, 8), hour, minute,
                    second, 0, offset);
        } catch (DateTimeException e) {
            // A day the month does not have: the formatter's resolver decides what becomes of it.
            return null;
        }
    }

    /** {@code dateTime} as {@link #PATTERN} formats it. */
    static String format(OffsetDateTime dateTime) {
        int year = dateTime.getYear();
        int offsetSeconds = dateTime.getOffset().getTotalSeconds();
        if (year < 0 || year > 9999 || offsetSeconds % 60 != 0) {
            return PATTERN.format(dateTime);
        }
        StringBuilder out = new StringBuilder(25);
        twoDigits(out, year / 100);
        twoDigits(out, year % 100);
        twoDigits(out.append('-'), dateTime.getMonthValue());
        twoDigits(out.append('-'), dateTime.getDayOfMonth());
        twoDigits(out.append('T'), dateTime.getHour());
        twoDigits(out.append(':'), dateTime.getMinute());
        twoDigits(out.append(':'), dateTime.getSecond());
        if (offsetSeconds == 0) {
            return out.append('Z').toString();
        }
        int minutes = Math.abs(offsetSeconds) / 60;
        twoDigits(out.append(offsetSeconds < 0 ? '-' : '+'), minutes / 60);
        twoDigits(out.append(':'), minutes % 60);
        return out.toString();
    }

    private static boolean hasDateTimeShape(String text) {
        for (int i = 0; i < DATE_TIME_LENGTH; i++) {
            char c = text.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                default -> isDigit(c);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the fraction after the seconds at {@code from} ends: {@code from} when there is none, -1 when it has
     * no digit or more than nine.
     */
    private static int afterFraction(String text, int from) {
        if (text.charAt(from) != '.') {
            return from;
        }
        int end = from + 1;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        int digits = end - from - 1;
        return digits >= 1 && digits <= 9 ? end : -1;
    }

    /** The offset that makes up the rest of {@code text} from {@code start}, or null (also for a start of -1). */
    private static ZoneOffset offset(String text, int start) {
        int rest = start < 0 ? 0 : text.length() - start;
        if (rest == 1 && text.charAt(start) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (rest != 6 || text.charAt(start) != '+' && text.charAt(start) != '-' || text.charAt(start + 3) != ':'
                || !isDigit(text.charAt(start + 1)) || !isDigit(text.charAt(start + 2))
                || !isDigit(text.charAt(start + 4)) || !isDigit(text.charAt(start + 5))) {
            return null;
        }
        int hours = number(text, start + 1);
        int minutes = number(text, start + 4);
        if (hours > MAX_OFFSET_HOURS || minutes > 59) {
            return null;
        }
        int seconds = hours * 3600 + minutes * 60;
        return ZoneOffset.ofTotalSeconds(text.charAt(start) == '-' ? -seconds : seconds);
    }

    /** The two digits at {@code at}. */
    private static int number(String text, int at) {
        return (text.charAt(at) - '0') * 10 + text.charAt(at + 1) - '0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void twoDigits(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
