package io.eventwire.bench.corpus;

import io.eventwire.contracts.record.RawArticle;

/**
 * One article of the corpus, with what the generator knows about it: what it duplicates and how many of
 * its main-text sentences state events. The benchmark compares this truth with the pipeline's outputs.
 *
 * @param duplicateOf the index of the article it repeats, or -1 for an original
 */
public record GeneratedArticle(long index, Kind kind, long duplicateOf, Language language, int sentences,
                               int sanctionSentences, int marketSentences, RawArticle raw) {

    public enum Kind { ORIGINAL, EXACT_DUPLICATE, NEAR_DUPLICATE }

    public int eventSentences() {
        return sanctionSentences + marketSentences;
    }

    /** The page's size in UTF-8 bytes. */
    public int bodyBytes() {
        return Utf8.length(raw.body());
    }
}
