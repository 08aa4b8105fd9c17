package io.eventwire.ingest.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * What one HTTP request gave. Exactly one of the kinds; the fields that kind does not use are null.
 *
 * @param body        the decoded (gunzipped) body of a {@link Kind#OK} response
 * @param mimeType    the media type without parameters, lower case
 * @param charset     the charset parameter of Content-Type, as sent (it may lie)
 * @param location    the absolute redirect target of a {@link Kind#REDIRECT}
 * @param retryAfter  how long a {@link Kind#RETRY} asks to wait
 * @param reason      a short, stable reason of a {@link Kind#REFUSED} (counted by the crawl summary)
 */
public record FetchResult(Kind kind, URI uri, int status, byte[] body, String mimeType, String charset,
                          String etag, String lastModified, URI location, Duration retryAfter, String reason,
                          String detail) {

    public enum Kind { OK, NOT_MODIFIED, REDIRECT, RETRY, HTTP_ERROR, REFUSED }

    static FetchResult ok(URI uri, int status, byte[] body, String mimeType, String charset, String etag,
                          String lastModified) {
        return new FetchResult(Kind.OK, uri, status, body, mimeType, charset, etag, lastModified, null, null,
                null, null);
    }

    static FetchResult notModified(URI uri) {
        return new FetchResult(Kind.NOT_MODIFIED, uri, 304, null, null, null, null, null, null, null, null, null);
    }

    static FetchResult redirect(URI uri, int status, URI location) {
        return new FetchResult(Kind.REDIRECT, uri, status, null, null, null, null, null, location, null, null,
                null);
    }

    static FetchResult retry(URI uri, int status, Duration after) {
        return new FetchResult(Kind.RETRY, uri, status, null, null, null, null, null, null, after, null, null);
    }

    static FetchResult httpError(URI uri, int status) {
        return new FetchResult(Kind.HTTP_ERROR, uri, status, null, null, null, null, null, null, null,
                "http-" + status, null);
    }

    public static FetchResult refused(URI uri, String reason, String detail) {
        return new FetchResult(Kind.REFUSED, uri, 0, null, null, null, null, null, null, null, reason, detail);
    }
}
