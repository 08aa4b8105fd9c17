package io.eventwire.ingest.publish;

/**
 * One raw article, ready to send.
 *
 * @param stateKey the canonical URL that was requested: where {@link PageState} is remembered
 * @param key      the record key: the page's canonical URL ({@code <link rel=canonical>} respected)
 * @param value    the RawArticle as JSON bytes, already checked against the topic's size limit
 */
public record Publication(String stateKey, PageState state, String key, byte[] value) {
}
