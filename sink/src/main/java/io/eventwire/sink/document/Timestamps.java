package io.eventwire.sink.document;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the dates the records carry (ISO-8601, with or without offset or time) as instants. */
final class Timestamps {

    private Timestamps() {
    }

    /** The instant {@code text} names; a date without zone is taken as UTC; empty when it is not a date. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        Instant common = commonForm(value);
        return common != null ? Optional.of(common) : withFormatters(value);
    }

    /** {@code value} read by the first of the ISO formatters that takes it. */
    static Optional<Instant> withFormatters(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            // fall through to the less specific forms
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException notAnInstant) {
            // fall through
        }
        try {
            return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notALocalTime) {
            // fall through
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /**
     * The form the pipeline writes, {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)}, read without a formatter
     * (parsing with {@link OffsetDateTime#parse} cost a tenth of the mapping); null for anything else — other
     * forms, lower case, leap seconds, impossible dates — which the formatters above then read as before.
     */
    static Instant commonForm(String v) {
        int n = v.length();
        if (n < 20 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T' || v.charAt(13) != ':'
                || v.charAt(16) != ':') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        int at = 19;
        int nanos = 0;
        if (v.charAt(at) == '.') {
            int start = ++at;
            while (at < n && at - start < 9 && v.charAt(at) >= '0' && v.charAt(at) <= '9') {
                nanos = nanos * 10 + v.charAt(at++) - '0';
            }
            if (at == start) {
                return null;
            }
            for (int k = at - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (at == n - 1 && v.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at == n - 6 && (v.charAt(at) == '+' || v.charAt(at) == '-') && v.charAt(at + 3) == ':') {
            int hours = digits(v, at + 1, 2);
            int minutes = digits(v, at + 4, 2);
            if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
                return null;
            }
            offsetSeconds = (v.charAt(at) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
            return Instant.ofEpochSecond(local.toEpochSecond(ZoneOffset.ofTotalSeconds(offsetSeconds)), nanos);
        } catch (DateTimeException impossibleDate) {
            return null;
        }
    }

    /** The ASCII digits {@code v[from, from + count)} as a number, or -1 when one is not a digit. */
    private static int digits(String v, int from, int count) {
        int value = 0;
        for (int k = from; k < from + count; k++) {
            char c = v.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }
}
