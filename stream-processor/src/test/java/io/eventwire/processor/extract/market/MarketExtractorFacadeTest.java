package io.eventwire.processor.extract.market;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Article;
import io.eventwire.processor.extract.EventExtractor;
import io.eventwire.processor.extract.entity.Gazetteer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The facade runs this extractor on what it computed once. */
class MarketExtractorFacadeTest {

    @Test
    void theFacadeReturnsMarketEvents() {
        String text = "Shares of Lenovo fell 6.5% in Hong Kong on Monday after the company reported a quarterly loss.";
        Article article = new Article(Article.SCHEMA, Ids.articleId("https://news.example/lenovo"),
                "https://news.example/lenovo", "https://news.example/lenovo", "news.example", "t", null,
                "2023-05-26T09:00:00Z", null, "en", 1.0, text, null, null, "test");
        EventExtractor facade = new EventExtractor(Gazetteer.defaults(), new MarketExtractor());
        var events = facade.extract(article).markets();
        assertEquals(1, events.size(), events::toString);
        assertEquals("STOCK_MOVE", events.get(0).subtype());
        assertEquals("2023-05-22", events.get(0).eventDate());
    }
}
