package io.eventwire.processor.dedup;

import io.eventwire.contracts.record.Article;

/**
 * The fingerprint step: computes an article's exact key, SimHash, MinHash and LSH band keys from its text, and
 * fills its {@code simhash} and {@code contentHash}. It runs before the one-partition repartition that feeds the
 * single {@link Deduplicator} task, in parallel on every input partition: fingerprinting is most of what
 * deduplication costs, and the one task would otherwise cap the whole pipeline. Stateless and thread-safe.
 */
public final class ArticleFingerprinter {

    private final Fingerprinter fingerprinter;
    private final NearDuplicateRule rule;

    public ArticleFingerprinter(DedupConfig config) {
        this.fingerprinter = new Fingerprinter(config);
        this.rule = new NearDuplicateRule(config, fingerprinter);
    }

    public FingerprintedArticle fingerprint(Article article) {
        TextFingerprint fingerprint = fingerprinter.fingerprint(article.text());
        return new FingerprintedArticle(withFingerprint(article, fingerprint), fingerprint,
                rule.bandKeys(fingerprint));
    }

    /** The article with its SimHash, and its content hash where the normalizer left none. */
    private static Article withFingerprint(Article a, TextFingerprint fingerprint) {
        String contentHash = a.contentHash() != null ? a.contentHash() : fingerprint.exactKey();
        return new Article(a.schema(), a.id(), a.url(), a.canonicalUrl(), a.source(), a.title(), a.author(),
                a.publishedAt(), a.fetchedAt(), a.language(), a.languageConfidence(), a.text(), contentHash,
                fingerprint.simHash(), a.pipelineVersion());
    }
}
