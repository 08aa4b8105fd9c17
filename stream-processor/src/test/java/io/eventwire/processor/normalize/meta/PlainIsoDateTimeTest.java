package io.eventwire.processor.normalize.meta;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainIsoDateTimeTest {

    /** Field values in and out of range, at the edges the formatter resolves (24:00, April 31, February 29). */
    private static final String[] YEARS = {"0000", "1900", "2023", "2024", "2100", "9999"};
    private static final String[] MONTHS = {"00", "01", "02", "04", "11", "12", "13", "1"};
    private static final String[] DAYS = {"00", "01", "28", "29", "30", "31", "32", "1"};
    private static final String[] T = {"T", "t", " ", ""};
    private static final String[] HOURS = {"00", "09", "23", "24", "1"};
    private static final String[] MINUTES = {"00", "30", "59", "60", "5"};
    private static final String[] SECONDS = {"00", "59", "60", "00.123", "7"};
    private static final String[] OFFSETS = {"", "Z", "z", "+08:00", "-05:00", "-00:00", "+00:00", "+05:30",
            "+14:00", "+18:00", "-18:00", "+18:01", "+19:00", "+08:60", "+0800", "+08", "+8:00", "Z ", " Z", "x"};

    @Test
    void readsEveryPlainDateTimeAsTheFormatterDoes() {
        String[][] fields = {YEARS, {"-"}, MONTHS, {"-"}, DAYS, T, HOURS, {":"}, MINUTES, {":"}, SECONDS, OFFSETS};
        int[] read = {0};
        everyCombination(fields, 0, "", value -> {
            OffsetDateTime plain = PlainIsoDateTime.parse(value);
            if (plain != null) {
                read[0]++;
                assertEquals(PublicationDate.flexibleIso(value), plain, value);
            }
        });
        assertTrue(read[0] > 5_000, "the values exercise the plain form: " + read[0]);
    }

    @Test
    void leavesOtherFormsToTheFormatter() {
        for (String value : new String[]{"2022-05-19", "2022-05-19T04:09", "2022-05-19 04:09:01Z",
                "2022-05-19T04:09:01.5Z", "2022-04-31T04:09:01Z", "2022-05-19T24:00:00Z", "2023-02-29T00:00:00Z",
                "2022-05-19T04:09:01+18:30", "２０２２-05-19T04:09:01Z"}) {
            assertNull(PlainIsoDateTime.parse(value), value);
        }
    }

    /** Every string made of one value of each field, in order. */
    private static void everyCombination(String[][] fields, int field, String prefix, Consumer<String> test) {
        if (field == fields.length) {
            test.accept(prefix);
            return;
        }
        for (String value : fields[field]) {
            everyCombination(fields, field + 1, prefix + value, test);
        }
    }
}
