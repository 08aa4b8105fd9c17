package io.eventwire.ingest.source;

import java.net.URI;

/**
 * An article link a feed or sitemap gave, with what the source already says about it (may be null).
 *
 * @param publishedAt ISO-8601 with offset
 */
public record Link(URI uri, String title, String publishedAt) {
}
