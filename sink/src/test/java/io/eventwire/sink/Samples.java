package io.eventwire.sink;

import io.eventwire.contracts.record.Amount;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.Authority;
import io.eventwire.contracts.record.ConsolidatedEvent;
import io.eventwire.contracts.record.Evidence;
import io.eventwire.contracts.record.MarketEvent;
import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.record.Target;

import java.util.List;

/** Records as the enriched topics carry them, for the sink's tests. */
public final class Samples {

    public static final Target HIKVISION = new Target("org:hikvision", "Hikvision", "海康威视");
    public static final Authority BIS = new Authority("auth:us-bis", "Bureau of Industry and Security", "US");

    private Samples() {
    }

    public static Article article(int n) {
        boolean chinese = n % 2 == 0;
        return new Article(Article.SCHEMA, "article-" + n, "https://news.example/" + n, "https://news.example/" + n,
                "news.example", chinese ? "海康威视被列入实体清单 " + n : "Hikvision added to the Entity List " + n,
                "Reporter " + n, "2019-10-0" + (1 + n % 9) + "T08:00:00+08:00", "2024-05-05T10:00:00Z",
                chinese ? "zh" : "en", 0.98,
                chinese ? "美国商务部将海康威视列入实体清单。第" + n + "篇。"
                        : "The Commerce Department added Hikvision to the Entity List. Article " + n + ".",
                "hash-" + n, 1234567890123L + n, "test/1");
    }

    public static SanctionEvent sanction(int n) {
        return sanction(n, SanctionEvent.ACTUAL);
    }

    public static SanctionEvent sanction(int n, String modality) {
        return new SanctionEvent(SanctionEvent.SCHEMA, "sanction-" + n, "key-" + (n % 3), "sanction",
                "ENTITY_LIST_ADDITION", "article-" + n, "https://news.example/" + n, "en", "2019-10-07T20:00:00Z",
                "2019-10-07", "day", List.of(HIKVISION),
                new Evidence("The Commerce Department added Hikvision to the Entity List.", 0, 61), 0.9, "test/1",
                BIS, modality);
    }

    public static MarketEvent market(int n) {
        return new MarketEvent(MarketEvent.SCHEMA, "market-" + n, "mkey-" + n, "market", "MARKET_CAP",
                "article-" + n, "https://news.example/" + n, "zh", "2021-05-05T09:30:00+08:00", "2021-05",
                "month", List.of(HIKVISION), new Evidence("海康威视市值3607亿元", 0, 11), 0.8, "test/1",
                List.of(new Amount(360.7e9, "CNY", "market_cap")), "down", 4.5, "2021");
    }

    public static ConsolidatedEvent consolidated(int n) {
        return new ConsolidatedEvent(ConsolidatedEvent.SCHEMA, "key-" + n, "sanction", "ENTITY_LIST_ADDITION", BIS,
                List.of(HIKVISION), "2019-10", "month", 3, 2, 2, List.of("article-1", "article-2"),
                List.of("news.example", "other.example"),
                "2019-10-07T20:00:00Z", "2019-10-09T08:00:00Z", new Evidence("…", 0, 1));
    }
}
