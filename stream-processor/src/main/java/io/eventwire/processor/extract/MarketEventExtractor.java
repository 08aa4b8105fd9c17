package io.eventwire.processor.extract;

import io.eventwire.contracts.record.MarketEvent;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Market events of one article (stock moves, market cap, earnings, market size…). {@link EventExtractor} calls
 * it with the sentences, gazetteer mentions and dates it has already computed, so no extractor splits or
 * matches an article twice. Implementations are stateless and thread-safe: one instance serves every stream
 * thread. An implementation registered in {@code META-INF/services/io.eventwire.processor.extract.MarketEventExtractor}
 * is found by {@link #installed()}.
 */
@FunctionalInterface
public interface MarketEventExtractor {

    /** The market events of {@code context.article()}, one record per event mention, in text order. */
    List<MarketEvent> extract(ArticleContext context);

    /** The first implementation registered as a service on the classpath, if any. */
    static Optional<MarketEventExtractor> installed() {
        return ServiceLoader.load(MarketEventExtractor.class).findFirst();
    }
}
