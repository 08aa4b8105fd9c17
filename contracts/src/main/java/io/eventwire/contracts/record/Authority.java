package io.eventwire.contracts.record;

/** Who imposed a sanction: gazetteer id, canonical English name, ISO 3166 alpha-2 country. */
public record Authority(String id, String name, String country) {
}
