package io.eventwire.processor.normalize.meta;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The form nearly every page states its date in, {@code 2022-05-19T04:09:01+08:00} (or {@code Z}, or no offset
 * for UTC), read by hand: the flexible ISO formatter, with its optional sections and resolving, took most of the
 * metadata's date work. Anything else, and any value out of range (which the formatter may resolve, as 24:00 or
 * April 31), is left to the formatter; a test compares both on every value this reads.
 */
final class PlainIsoDateTime {

    /** {@code d} a digit, the rest as written. */
    private static final String DATE_TIME = "dddd-dd-ddTdd:dd:dd";
    private static final String OFFSET = "dd:dd";

    private PlainIsoDateTime() {
    }

    /** The date and time {@code value} states in the plain form, or null when it is not in that form. */
    static OffsetDateTime parse(String value) {
        if (!hasShape(value, 0, DATE_TIME)) {
            return null;
        }
        ZoneOffset offset = offset(value, DATE_TIME.length());
        if (offset == null) {
            return null;
        }
        try {
            return OffsetDateTime.of(number(value, 0, 4), number(value, 5, 2), number(value, 8, 2),
                    number(value, 11, 2), number(value, 14, 2), number(value, 17, 2), 0, offset);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The offset from {@code at} to the end: none (UTC), {@code Z}, or {@code ±HH:MM}; null for any other. */
    private static ZoneOffset offset(String value, int at) {
        int rest = value.length() - at;
        if (rest == 0 || rest == 1 && value.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = rest == 1 + OFFSET.length() ? value.charAt(at) : ' ';
        if (sign != '+' && sign != '-' || !hasShape(value, at + 1, OFFSET)) {
            return null;
        }
        int direction = sign == '+' ? 1 : -1;
        try {
            return ZoneOffset.ofHoursMinutes(direction * number(value, at + 1, 2),
                    direction * number(value, at + 4, 2));
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    private static boolean hasShape(String value, int at, String shape) {
        if (value.length() < at + shape.length()) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char c = value.charAt(at + i);
            if (shape.charAt(i) == 'd' ? c < '0' || c > '9' : c != shape.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int number(String value, int at, int digits) {
        int number = 0;
        for (int i = at; i < at + digits; i++) {
            number = number * 10 + value.charAt(i) - '0';
        }
        return number;
    }
}
