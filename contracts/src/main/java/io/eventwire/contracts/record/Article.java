package io.eventwire.contracts.record;

/**
 * A unique, normalized, language-tagged article; the value of {@code news.articles}.
 *
 * @param publishedAt ISO-8601 with offset, or null when the source does not state it
 * @param language    ISO 639-1, or {@code und} when there is too little text to tell
 * @param simhash     64-bit SimHash of the text, as a signed long
 */
public record Article(
        String schema,
        String id,
        String url,
        String canonicalUrl,
        String source,
        String title,
        String author,
        String publishedAt,
        String fetchedAt,
        String language,
        Double languageConfidence,
        String text,
        String contentHash,
        Long simhash,
        String pipelineVersion) {

    public static final String SCHEMA = "article/1";
}
