package io.eventwire.contracts.record;

/**
 * A page or file as the crawler fetched it, before any interpretation; the value of {@code news.raw}.
 *
 * @param body        the decoded body as UTF-8 text
 * @param charset     the charset the body was decoded from, and how it was chosen lives in {@code charsetSource}
 * @param contentHash hex SHA-256 of {@code body}: a re-crawl with the same hash is not published again
 * @param title       a title the source already gave (feed item title, sitemap news title), may be null
 * @param publishedAt a publication date the source already gave (feed, sitemap), ISO-8601, may be null
 */
public record RawArticle(
        String schema,
        String url,
        String canonicalUrl,
        String source,
        String fetchedAt,
        Integer httpStatus,
        String contentType,
        String charset,
        String charsetSource,
        String title,
        String publishedAt,
        String contentHash,
        String body) {

    public static final String SCHEMA = "raw-article/1";
}
