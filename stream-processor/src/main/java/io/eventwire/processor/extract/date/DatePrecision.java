package io.eventwire.processor.extract.date;

import java.time.LocalDate;
import java.util.Locale;

/** How much of a date the text states; events carry it as {@code datePrecision}. */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** {@code day}, {@code month} or {@code year}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code date} at this precision: {@code 2019-10-09}, {@code 2019-10} or {@code 2019}. */
    public String format(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> Integer.toString(date.getYear());
        };
    }
}
