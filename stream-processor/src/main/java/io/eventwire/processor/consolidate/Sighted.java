package io.eventwire.processor.consolidate;

import io.eventwire.contracts.record.Event;

/** A mention not counted yet, with what it brings to its event. */
public record Sighted<E extends Event>(E mention, Sighting sighting) {
}
