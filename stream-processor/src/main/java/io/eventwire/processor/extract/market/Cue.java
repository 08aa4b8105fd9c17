package io.eventwire.processor.extract.market;

import io.eventwire.contracts.record.MarketSubtype;

/**
 * A word that gives figures near it a market meaning: 市值, "revenue", "Marktanteil", 跌停.
 *
 * @param kind  the amount kind the figures get (market_cap, revenue, net_profit…)
 * @param role  how the cue takes figures
 * @param start offset in the sentence
 * @param end   offset after the cue in the sentence
 */
record Cue(MarketSubtype subtype, String kind, Role role, Direction direction, int start, int end) {

    enum Role {
        /** A measure whose figures stand near it: 市值, revenue, market share. */
        MEASURE,
        /** A stock: its figures are price moves, and only where a verb says which way (shares fell 5%). */
        STOCK,
        /** A move complete without a figure: 跌停, limit-up. */
        LIMIT,
        /** A growth rate of another measure's figures: 年均复合增长率, CAGR. */
        RATE
    }
}
