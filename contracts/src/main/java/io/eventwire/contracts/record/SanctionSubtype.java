package io.eventwire.contracts.record;

/** Sanction subtypes of DESIGN.md; the JSON carries the constant's name. */
public enum SanctionSubtype {
    ENTITY_LIST_ADDITION,
    EXPORT_RESTRICTION,
    BLOCKING_SANCTION,
    INVESTMENT_BAN,
    PROCUREMENT_BAN,
    PURCHASE_BAN,
    EQUIPMENT_AUTHORIZATION_BAN,
    RETAIL_DELISTING,
    COUNTER_SANCTION,
    SANCTION_LIFTED,
    OTHER
}
