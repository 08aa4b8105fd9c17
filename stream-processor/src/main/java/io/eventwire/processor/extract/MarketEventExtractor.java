package io.eventwire.processor.extract;

import io.eventwire.contracts.record.MarketEvent;

import java.util.List;

/**
 * Market events of one article (stock moves, market cap, earnings, market size…). {@link EventExtractor} calls
 * it with the sentences, gazetteer mentions and dates it has already computed, so no extractor splits or
 * matches an article twice. Implementations are stateless and thread-safe: one instance serves every stream
 * thread.
 */
@FunctionalInterface
public interface MarketEventExtractor {

    /** The market events of {@code context.article()}, one record per event mention, in text order. */
    List<MarketEvent> extract(ArticleContext context);
}
