package io.eventwire.processor.normalize.meta;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainIsoDateTimeTest {

    private static final String[] OFFSETS = {"Z", "z", "+01:00", "-05:00", "+05:30", "-00:00", "+14:00", "+15:00",
            "+18:00", "+19:00", "-12:60", "+0800", "+08", " +08:00", "", "+8:00", "+08:0", "Z ", "UTC", "+08:00:00"};

    @Test
    void readsWhatTheFormatterReadsWhereverItReadsAtAll() {
        SplittableRandom random = new SplittableRandom(20261122);
        int read = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = nearPlainForm(random);
            OffsetDateTime plain = PlainIsoDateTime.parse(text);
            if (plain != null) {
                read++;
                assertEquals(Optional.of(new PublicationDate(plain, null)), PublicationDate.parseIsoWithFormatter(text),
                        text);
            }
        }
        // The property above holds trivially for a reader that reads nothing.
        assertTrue(read > 20_000, read + " read");
    }

    @Test
    void readsTheFormsPagesUse() {
        assertNotNull(PlainIsoDateTime.parse("2023-07-26T16:03:10+01:00"));
        assertNotNull(PlainIsoDateTime.parse("2022-05-19T04:09:01.000Z"));
        assertNotNull(PlainIsoDateTime.parse("2024-02-29T23:59:59.123456789-05:00"));
    }

    @Test
    void writesWhatThePatternWrites() {
        SplittableRandom random = new SplittableRandom(20261123);
        for (int n = 0; n < 200_000; n++) {
            int year = random.nextInt(4) == 0 ? random.nextInt(-20, 12_000) : random.nextInt(1900, 2200);
            int offsetSeconds = random.nextInt(3) == 0 ? random.nextInt(-18 * 3600, 18 * 3600 + 1)
                    : random.nextInt(-18 * 4, 18 * 4 + 1) * 900;
            OffsetDateTime dateTime = OffsetDateTime.of(year, random.nextInt(1, 13), random.nextInt(1, 29),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000),
                    ZoneOffset.ofTotalSeconds(offsetSeconds));
            assertEquals(PlainIsoDateTime.PATTERN.format(dateTime), PlainIsoDateTime.format(dateTime),
                    dateTime::toString);
        }
    }

    /** A date and time in the plain form with fields in and out of range, now and then with one char changed. */
    private static String nearPlainForm(SplittableRandom random) {
        StringBuilder text = new StringBuilder()
                .append(String.format("%04d", random.nextInt(3) == 0 ? random.nextInt(10_000) : random.nextInt(1890, 2210)))
                .append('-')
                .append(twoDigits(random, 0, 14)).append('-').append(twoDigits(random, 0, 33))
                .append(random.nextInt(10) == 0 ? ' ' : 'T')
                .append(twoDigits(random, 0, 26)).append(':').append(twoDigits(random, 0, 62)).append(':')
                .append(twoDigits(random, 0, 62));
        if (random.nextInt(3) == 0) {
            text.append('.');
            for (int digits = random.nextInt(12); digits > 0; digits--) {
                text.append(random.nextInt(10));
            }
        }
        text.append(OFFSETS[random.nextInt(OFFSETS.length)]);
        if (random.nextInt(8) == 0) {
            text.setCharAt(random.nextInt(text.length()), "0123456789-:T.Z+ x".charAt(random.nextInt(18)));
        }
        return text.toString();
    }

    private static String twoDigits(SplittableRandom random, int from, int to) {
        return String.format("%02d", random.nextInt(from, to));
    }
}
