package io.eventwire.processor.extract;

import io.eventwire.contracts.record.Article;
import io.eventwire.processor.extract.date.DateFinder;
import io.eventwire.processor.extract.entity.Gazetteer;
import io.eventwire.processor.extract.sanction.SanctionEventExtractor;
import io.eventwire.processor.extract.text.LanguageGuess;
import io.eventwire.processor.extract.text.SentenceSplitter;

import java.util.List;
import java.util.Objects;

/**
 * The extract step: an article's sanction and market events. Sentences and gazetteer mentions are computed
 * once ({@link #context}) and handed to both extractors, which ask it for dates where they need them.
 * Stateless and thread-safe.
 */
public final class EventExtractor {

    private final SentenceSplitter sentences = new SentenceSplitter();
    private final DateFinder dates = new DateFinder();
    private final Gazetteer gazetteer;
    private final SanctionEventExtractor sanctions;
    private final MarketEventExtractor markets;

    /**
     * @param gazetteer the organisations and authorities to recognise ({@link Gazetteer#defaults()}, possibly
     *                  {@link Gazetteer#plus plus} a screening list)
     * @param markets   the market-event extractor (branch {@code market})
     */
    public EventExtractor(Gazetteer gazetteer, MarketEventExtractor markets) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.markets = Objects.requireNonNull(markets, "markets");
        this.sanctions = new SanctionEventExtractor(gazetteer);
    }

    public ExtractedEvents extract(Article article) {
        ArticleContext context = context(article);
        return new ExtractedEvents(sanctions.extract(context), markets.extract(context));
    }

    /**
     * What the extractors share. An article without a language tag (the language step has not run) gets one
     * guessed from its script and function words, so that events carry a language.
     */
    public ArticleContext context(Article article) {
        Article tagged = LanguageGuess.isKnown(article.language()) ? article : withLanguage(article,
                LanguageGuess.of(article.text()));
        String text = tagged.text() == null ? "" : tagged.text();
        List<Sentence> split = sentences.split(text, tagged.language());
        return new ArticleContext(tagged, ArticleContext.publicationDay(tagged.publishedAt()), split,
                gazetteer.find(text), dates);
    }

    private static Article withLanguage(Article a, String language) {
        return new Article(a.schema(), a.id(), a.url(), a.canonicalUrl(), a.source(), a.title(), a.author(),
                a.publishedAt(), a.fetchedAt(), language, a.languageConfidence(), a.text(), a.contentHash(),
                a.simhash(), a.pipelineVersion());
    }
}
