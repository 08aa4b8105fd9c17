package io.eventwire.processor.validate;

import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.InvalidRecordException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RawArticleValidatorTest {

    private final RawArticleValidator validator = new RawArticleValidator(100);

    private static RawArticle raw(String schema, String url, String body) {
        return new RawArticle(schema, url, url, "example.com", "2024-01-01T00:00:00Z", 200, "text/html", "UTF-8",
                "header", null, null, "hash", body);
    }

    @Test
    void aCompleteArticlePasses() {
        RawArticle ok = raw(RawArticle.SCHEMA, "https://example.com/a", "<p>Text</p>");
        assertSame(ok, validator.validate(ok));
    }

    @Test
    void eachMissingPartIsNamed() {
        assertEquals("the RawArticle has no url",
                assertThrows(InvalidRecordException.class,
                        () -> validator.validate(raw(RawArticle.SCHEMA, " ", "body"))).getMessage());
        assertTrue(assertThrows(InvalidRecordException.class,
                () -> validator.validate(raw(RawArticle.SCHEMA, "https://e.x/a", ""))).getMessage()
                .contains("empty body"));
        assertTrue(assertThrows(InvalidRecordException.class,
                () -> validator.validate(raw("raw-article/0", "https://e.x/a", "b"))).getMessage()
                .contains("unknown schema"));
        assertThrows(InvalidRecordException.class, () -> validator.validate(null));
    }

    @Test
    void aBodyOverTheLimitIsRefusedNotCut() {
        InvalidRecordException error = assertThrows(InvalidRecordException.class,
                () -> validator.validate(raw(RawArticle.SCHEMA, "https://e.x/a", "x".repeat(101))));
        assertTrue(error.getMessage().contains("101 characters, over the limit of 100"), error.getMessage());
    }
}
