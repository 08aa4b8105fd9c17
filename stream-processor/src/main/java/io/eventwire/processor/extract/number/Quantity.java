package io.eventwire.processor.extract.number;

/**
 * A figure read from text, in base units: 3607亿元 is 3.607e11 CNY, "7 per cent" is 7 with kind PERCENT.
 *
 * @param value     the number in base units (a percent number for PERCENT and PERCENT_POINTS)
 * @param currency  ISO 4217 for MONEY, else null
 * @param start     offset of the whole expression (qualifier, currency, number, unit) in the parsed text
 * @param end       offset after it (exclusive)
 */
public record Quantity(Kind kind, double value, String currency, Qualifier qualifier, int start, int end) {

    public enum Kind {
        /** An amount of a currency. */
        MONEY,
        /** A share of a whole, as a percent number; fractions (四分之一, 三成, "a third") included. */
        PERCENT,
        /** A change in percentage points ("3 percentage points", 3个百分点). */
        PERCENT_POINTS,
        /** A large count with a scale word and no currency: "176 million", 400万台. */
        COUNT
    }
}
