package io.eventwire.contracts.serde;

import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.ConsolidatedEvent;
import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.record.Duplicate;
import io.eventwire.contracts.record.MarketEvent;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.record.SanctionEvent;

/** One serde per record type of DESIGN.md. */
public final class Serdes {

    private Serdes() {
    }

    public static JsonSerde<RawArticle> rawArticle() {
        return JsonSerde.of(RawArticle.class);
    }

    public static JsonSerde<Article> article() {
        return JsonSerde.of(Article.class);
    }

    public static JsonSerde<Duplicate> duplicate() {
        return JsonSerde.of(Duplicate.class);
    }

    public static JsonSerde<SanctionEvent> sanctionEvent() {
        return JsonSerde.of(SanctionEvent.class);
    }

    public static JsonSerde<MarketEvent> marketEvent() {
        return JsonSerde.of(MarketEvent.class);
    }

    public static JsonSerde<ConsolidatedEvent> consolidatedEvent() {
        return JsonSerde.of(ConsolidatedEvent.class);
    }

    public static JsonSerde<DeadLetter> deadLetter() {
        return JsonSerde.of(DeadLetter.class);
    }
}
