package io.eventwire.processor.extract.number;

/** How exact a figure is said to be: "more than 7%", 近四分之一, "rund 3 Mrd.". */
public enum Qualifier {
    EXACT,
    APPROX,
    NEARLY,
    MORE_THAN,
    AT_LEAST,
    LESS_THAN,
    UP_TO
}
