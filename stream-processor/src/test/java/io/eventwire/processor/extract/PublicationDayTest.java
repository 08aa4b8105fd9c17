package io.eventwire.processor.extract;

import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The day read off a timestamp's first chars against the parsers that read every timestamp before. */
class PublicationDayTest {

    @Test
    void theDayIsWhatTheParsersGave() {
        String[] pieces = {"2022-05-19", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "0000-01-01",
            "+2024-01-01", "２０２２-05-19", "2022-5-19", "T", "T", "T", "04:09:01", "23:59:59.123", "24:00",
            "23:59:60", "04:09", "Z", "Z", "+08:00", "-05:00", "+18:00", "+19:00", "[Europe/Berlin]",
            "[America/Santiago]", "[Nowhere/City]", " ", "t", "x", "1"};
        int days = 0;
        int n = 0;
        for (String rest : RandomTexts.of(pieces, 31, 50_000, 0, 6, false)) {
            // Every other text starts with a date, which random pieces seldom put first.
            String text = n++ % 2 == 0 ? rest : pieces[n % 9] + rest;
            LocalDate expected = parsedAsBefore(text);
            assertEquals(expected, ArticleContext.publicationDay(text), text);
            days += expected == null ? 0 : 1;
        }
        assertTrue(days > 2_000, "the texts must hold days: " + days);
        for (String text : new String[]{"2022-05-19T04:09:01Z", "2022-05-19T23:30:00-05:00",
            "2024-03-10T02:30:00-05:00[America/New_York]", "2022-09-03T23:30+01:00[America/Santiago]",
            " 2022-05-19 ", "2022-05-19T", "2022-05-19Tjunk", "2023-02-29T10:00:00Z", null, "", "   "}) {
            assertEquals(text == null ? null : parsedAsBefore(text), ArticleContext.publicationDay(text), text);
        }
    }

    private static LocalDate parsedAsBefore(String publishedAt) {
        return publishedAt.isBlank() ? null : ArticleContext.parsedDay(publishedAt.strip());
    }
}
