package io.eventwire.processor.validate;

import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.InvalidRecordException;

/**
 * The first step: a raw article must name its page and carry a body within the size limit, or it goes to
 * the DLQ with the reason. Every later step may rely on what this one checked.
 */
public final class RawArticleValidator {

    private final int maxBodyChars;

    public RawArticleValidator(int maxBodyChars) {
        this.maxBodyChars = maxBodyChars;
    }

    public RawArticle validate(RawArticle raw) {
        if (raw == null) {
            throw new InvalidRecordException("a RawArticle value is required (got null)");
        }
        if (!RawArticle.SCHEMA.equals(raw.schema())) {
            throw new InvalidRecordException("unknown schema '" + raw.schema() + "', expected " + RawArticle.SCHEMA);
        }
        if (raw.url() == null || raw.url().isBlank()) {
            throw new InvalidRecordException("the RawArticle has no url");
        }
        if (raw.body() == null || raw.body().isBlank()) {
            throw new InvalidRecordException("the RawArticle at " + raw.url() + " has an empty body");
        }
        if (raw.body().length() > maxBodyChars) {
            throw new InvalidRecordException("the body of " + raw.url() + " has " + raw.body().length()
                    + " characters, over the limit of " + maxBodyChars);
        }
        return raw;
    }
}
