package io.eventwire.contracts.record;

/** The sentence an event was read from, with its character offsets into the article text. */
public record Evidence(String sentence, int start, int end) {
}
