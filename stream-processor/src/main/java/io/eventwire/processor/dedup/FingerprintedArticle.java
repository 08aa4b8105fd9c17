package io.eventwire.processor.dedup;

import io.eventwire.contracts.record.Article;

import java.util.List;
import java.util.Objects;

/**
 * An article on its way to the dedup task, with everything the task compares already computed: the value of the
 * one-partition {@code dedup-input} repartition topic. {@link ArticleFingerprinter} makes it upstream, where the
 * work runs on every input partition in parallel; the single dedup task then only looks up and writes its stores.
 *
 * @param article  the article as {@code news.articles} gets it if it is unique: SimHash and content hash filled
 * @param fingerprint its text's fingerprints
 * @param bandKeys the LSH band keys it is looked up and indexed under; empty for a text too short to compare
 */
public record FingerprintedArticle(Article article, TextFingerprint fingerprint, List<String> bandKeys) {

    /** Fails the read of a record that is not one (a {@code dedup-input} record of an older version, say). */
    public FingerprintedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(fingerprint, "fingerprint");
        bandKeys = List.copyOf(Objects.requireNonNull(bandKeys, "bandKeys"));
    }
}
