package io.eventwire.processor.dedup;

import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.Duplicate;

/**
 * The outcome of deduplicating one article: exactly one of the two is set. A unique article goes on to
 * {@code news.articles} with its {@code simhash} filled; a duplicate goes to {@code news.duplicates}.
 */
public record DedupVerdict(Article unique, Duplicate duplicate) {

    public DedupVerdict {
        if ((unique == null) == (duplicate == null)) {
            throw new IllegalArgumentException("a verdict is either a unique article or a duplicate");
        }
    }

    public static DedupVerdict unique(Article article) {
        return new DedupVerdict(article, null);
    }

    public static DedupVerdict duplicate(Duplicate duplicate) {
        return new DedupVerdict(null, duplicate);
    }
}
