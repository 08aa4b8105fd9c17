package io.eventwire.processor.extract;

/** A sentence of an article's text, with its character offsets into that text ({@code end} exclusive). */
public record Sentence(String text, int start, int end) {
}
