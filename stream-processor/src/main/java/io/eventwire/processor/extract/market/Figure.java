package io.eventwire.processor.extract.market;

import io.eventwire.processor.extract.number.Quantity;

/**
 * A figure of a sentence with the market meaning it was given.
 *
 * @param quantity  the number, or null for a move stated without one (跌停, "shares fell")
 * @param kind      the amount kind: market_cap, market_cap_change, revenue, net_profit_change_pct…
 * @param direction the way it moved, or null
 */
record Figure(Cue cue, Quantity quantity, String kind, Direction direction) {

    /** Where the figure starts in the sentence; a figure-less move starts at its cue. */
    int start() {
        return quantity == null ? cue.start() : quantity.start();
    }

    /** A percentage or percentage points: the event's {@code percent}, never one of its money amounts. */
    boolean isPercent() {
        return quantity != null
                && (quantity.kind() == Quantity.Kind.PERCENT || quantity.kind() == Quantity.Kind.PERCENT_POINTS);
    }
}
