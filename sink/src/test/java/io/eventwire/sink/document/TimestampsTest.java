package io.eventwire.sink.document;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The formatter-free reading of the common form must give exactly what the ISO formatters give, or abstain. */
class TimestampsTest {

    /** The common form's reading, checked against the formatters' whenever it gives one. */
    private static Instant checked(String text) {
        Instant common = Timestamps.commonForm(text);
        if (common != null) {
            assertEquals(Optional.of(common), Timestamps.withFormatters(text), text);
        }
        return common;
    }

    @Test
    void theFormsThePipelineWritesAreReadWithoutAFormatter() {
        assertEquals(Instant.parse("2019-10-07T00:00:00Z"), checked("2019-10-07T08:00:00+08:00"));
        assertEquals(Instant.parse("2024-05-05T10:00:00Z"), checked("2024-05-05T10:00:00Z"));
        assertEquals(Instant.parse("2021-03-04T05:06:07.123456789Z"), checked("2021-03-04T05:06:07.123456789Z"));
        assertEquals(Instant.parse("2021-03-03T23:36:07.500Z"), checked("2021-03-04T05:06:07.5+05:30"));
        assertEquals(Instant.parse("2021-03-04T05:06:07Z"), checked("2021-03-04T05:06:07-00:00"));
        assertEquals(Instant.parse("2000-02-29T12:00:00Z"), checked("2000-02-29T12:00:00Z"));
    }

    @Test
    void everythingElseIsLeftToTheFormatters() {
        for (String text : List.of("2021-03-04", "2021-03-04T05:06:07", "2021-03-04T05:06Z", "2021-03-04t05:06:07Z",
                "2021-03-04T05:06:07z", "2016-12-31T23:59:60Z", "2021-02-29T00:00:00Z", "2021-13-01T00:00:00Z",
                "2021-03-04T24:00:00Z", "2021-03-04T05:06:07.Z", "2021-03-04T05:06:07.1234567890Z",
                "2021-03-04T05:06:07+18:01", "2021-03-04T05:06:07+05:30:15", "2021-03-04T05:06:07+0530",
                "+10000-01-01T00:00:00Z", "2021-03-04T05:06:07 Z", "２０２１-03-04T05:06:07Z", "yesterday")) {
            assertNull(checked(text), text);
            // What they make of it is unchanged: Timestamps.parse hands it to them.
            assertEquals(Timestamps.withFormatters(text), Timestamps.parse(text), text);
        }
    }

    @Test
    void onGeneratedAndDamagedDatesTheReadingAbstainsOrAgreesWithTheFormatters() {
        Random random = new Random(42);
        String[] offsets = {"Z", "+00:00", "-00:00", "+08:00", "-05:30", "+14:00", "-12:00", "+18:00", "-18:00"};
        String alphabet = "0123456789-+:.TZtz ";
        int read = 0;
        for (int i = 0; i < 200_000; i++) {
            OffsetDateTime time = OffsetDateTime.of(random.nextInt(3000), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60),
                    random.nextBoolean() ? 0 : random.nextInt(1_000_000_000), ZoneOffset.UTC);
            String text = time.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + offsets[random.nextInt(offsets.length)];
            if (random.nextBoolean()) {
                char[] chars = text.toCharArray();
                chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
                text = new String(chars);
            }
            if (checked(text) != null) {
                read++;
            }
        }
        assertTrue(read > 100_000, "read " + read);
        assertNotNull(checked("0000-01-01T00:00:00Z"));
    }
}
