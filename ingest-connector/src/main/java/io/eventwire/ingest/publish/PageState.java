package io.eventwire.ingest.publish;

/**
 * What the crawler remembers of a page it published: the content hash (a re-crawl with the same hash is not
 * published again) and the validators for the next conditional GET. The value of the state topic (runner
 * mode) and of a Connect source offset (connector mode).
 */
public record PageState(String contentHash, String etag, String lastModified) {
}
