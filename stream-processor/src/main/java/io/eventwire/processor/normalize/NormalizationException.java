package io.eventwire.processor.normalize;

/**
 * A raw article that cannot become an {@code Article} (empty body, no readable text, binary content). The
 * topology routes the record to the dead-letter topic with this message, so it says what was wrong.
 */
public class NormalizationException extends RuntimeException {

    public NormalizationException(String message) {
        super(message);
    }
}
