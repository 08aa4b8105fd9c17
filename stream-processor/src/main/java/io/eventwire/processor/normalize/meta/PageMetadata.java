package io.eventwire.processor.normalize.meta;

/**
 * What a page says about itself, each field from the most authoritative source that states it.
 *
 * @param title        the article's headline, without a trailing site name
 * @param author       the author or authors (comma-separated), or null
 * @param publishedAt  when it was first published, or null
 * @param canonicalUrl the URL the page declares as its canonical one (absolute http or https), or null
 * @param articleBody  the body text structured data (JSON-LD) carries, or null; a hint, not the text
 */
public record PageMetadata(String title, String author, PublicationDate publishedAt, String canonicalUrl,
                           String articleBody) {
}
