package io.eventwire.contracts.record;

/** Market subtypes of DESIGN.md; the JSON carries the constant's name. */
public enum MarketSubtype {
    STOCK_MOVE,
    MARKET_CAP,
    TRADING_VOLUME,
    EARNINGS,
    MARKET_SIZE,
    MARKET_SHARE,
    INVENTORY,
    TRADE_FLOW
}
