package io.eventwire.contracts.record;

/** An organisation an event is about: gazetteer id, canonical English name, the text that matched. */
public record Target(String id, String name, String matchedText) {
}
