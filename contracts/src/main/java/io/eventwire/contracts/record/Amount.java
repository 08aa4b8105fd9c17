package io.eventwire.contracts.record;

/**
 * A figure in base units: 3607亿元 is 3.607e11 CNY.
 *
 * @param currency ISO 4217, or null for counts and percentages
 * @param kind     what the figure measures (market_cap, turnover, revenue, profit, market_size, share…)
 */
public record Amount(double value, String currency, String kind) {
}
