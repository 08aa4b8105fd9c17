package io.eventwire.ingest.publish;

import io.eventwire.contracts.record.DeadLetter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Dead letters of the crawl stage: a page the crawler fetched (or tried to) but will not publish whole. */
public final class DeadLetters {

    public static final String STAGE = "crawl";

    private DeadLetters() {
    }

    /**
     * A refused page. The original bytes are not attached: they are what was too large to carry in the
     * first place; the message says how large.
     */
    public static DeadLetter refused(String url, String errorClass, String message) {
        return DeadLetter.of(STAGE, errorClass, message, null, null, null,
                url.getBytes(StandardCharsets.UTF_8), null, Instant.now());
    }
}
