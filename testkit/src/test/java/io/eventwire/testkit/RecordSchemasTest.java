package io.eventwire.testkit;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Amount;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.Authority;
import io.eventwire.contracts.record.ConsolidatedEvent;
import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.record.Duplicate;
import io.eventwire.contracts.record.Evidence;
import io.eventwire.contracts.record.MarketEvent;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.record.Target;
import io.eventwire.contracts.serde.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;

class RecordSchemasTest {

    private static final String ID = Ids.articleId("https://example.com/a");
    private static final Evidence EVIDENCE = new Evidence("Shares fell 7%.", 10, 25);
    private static final List<Target> TARGETS = List.of(new Target("hikvision", "Hikvision", "海康威视"));

    @Test
    void everyRecordTypeMatchesItsSchema() {
        List<Object> records = List.of(
                new RawArticle(RawArticle.SCHEMA, "https://example.com/a", "https://example.com/a", "example.com",
                        "2024-01-01T00:00:00Z", 200, "text/html", "UTF-8", "header", "T", null, Ids.sha256("b"), "b"),
                new Article(Article.SCHEMA, ID, "https://example.com/a", "https://example.com/a", "example.com", "T",
                        null, "2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z", "en", 0.99, "text", "h", 42L, "1"),
                new Duplicate(Duplicate.SCHEMA, ID, "https://example.com/b", "T", ID, "https://example.com/a",
                        Duplicate.NEAR, 3, 0.95, "2024-01-01T00:00:00Z"),
                new SanctionEvent(SanctionEvent.SCHEMA, ID, ID, "sanction", "ENTITY_LIST_ADDITION", ID, "u", "en",
                        null, "2019-10", "month", TARGETS, EVIDENCE, 0.9, "1",
                        new Authority("us-commerce", "US Department of Commerce", "US"), SanctionEvent.ACTUAL),
                new MarketEvent(MarketEvent.SCHEMA, ID, ID, "market", "STOCK_MOVE", ID, "u", "zh", null,
                        "2022-05-05", "day", TARGETS, EVIDENCE, 0.8, "1",
                        List.of(new Amount(4.51e9, "CNY", "turnover")), "down", 10.0, null),
                new ConsolidatedEvent(ConsolidatedEvent.SCHEMA, ID, "sanction", "ENTITY_LIST_ADDITION", null, TARGETS,
                        "2019", "year", 2, 2, 1, List.of(ID), List.of("example.com"),
                        "2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z", EVIDENCE),
                new DeadLetter(DeadLetter.SCHEMA, "normalize", "java.lang.IllegalStateException", "no text",
                        "news.raw", 0, 3L, "k", "AAE=", "2024-01-01T00:00:00Z"));
        records.forEach(record -> RecordSchemas.assertValid(Json.toBytes(record)));
    }

    @Test
    void aViolationIsReported() {
        byte[] badLanguage = Json.toBytes(new Article(Article.SCHEMA, ID, "u", "u", null, null, null, null, null,
                "english", null, "text", "h", null, null));
        assertFalse(RecordSchemas.violations(badLanguage).isEmpty());
        byte[] badCurrency = Json.toBytes(new MarketEvent(MarketEvent.SCHEMA, ID, ID, "market", "STOCK_MOVE", ID, "u",
                "zh", null, null, null, TARGETS, EVIDENCE, 0.8, "1", List.of(new Amount(1, "yuan", "x")), null, null,
                null));
        assertFalse(RecordSchemas.violations(badCurrency).isEmpty());
    }
}
