package io.eventwire.ingest.fetch;

import io.eventwire.ingest.CrawlConfig;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * One HTTP GET at a time, with the crawler's rules: the SSRF guard before connecting, no automatic
 * redirects (the crawler follows them itself, through robots.txt, the rate limit and the guard again), only
 * text-like content types, a body limit enforced while streaming and again while gunzipping, conditional
 * GET, and 429/503 turned into a retry with the server's Retry-After. The client has no cookie handler and
 * no authenticator, so nothing is carried from one host to another.
 */
public final class HttpFetcher {

    private static final String ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,text/*;q=0.8,*/*;q=0.1";

    private final HttpClient client;
    private final CrawlConfig config;
    private final AddressGuard guard;

    public HttpFetcher(CrawlConfig config, AddressGuard guard) {
        this.config = config;
        this.guard = guard;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A conditional GET's validators from the last fetch of the same URL; both may be null. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /**
     * Fetches {@code uri}.
     *
     * @param acceptArchive also accept gzip files (compressed sitemaps), returned still compressed
     */
    public FetchResult fetch(URI uri, Validators validators, boolean acceptArchive) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return FetchResult.refused(uri, "scheme", "not http(s): " + uri);
        }
        if (uri.getHost() == null) {
            return FetchResult.refused(uri, "invalid-url", "no host in " + uri);
        }
        Optional<AddressGuard.Refusal> refusal = guard.refusal(uri);
        if (refusal.isPresent()) {
            return FetchResult.refused(uri, refusal.get().reason(), refusal.get().detail());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(config.readTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        AtomicReference<BoundedBody> subscriber = new AtomicReference<>();
        AtomicLong headersAt = new AtomicLong();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<BoundedBody.Body>> exchange = client.sendAsync(request.build(), info -> {
            headersAt.set(System.nanoTime());
            BoundedBody chosen = choose(info, acceptArchive);
            subscriber.set(chosen);
            return chosen;
        });
        HttpResponse<BoundedBody.Body> response;
        try {
            response = await(exchange, started, headersAt);
        } catch (TimeoutException e) {
            BoundedBody body = subscriber.get();
            if (body != null) {
                body.abort();
            }
            exchange.cancel(true);
            return FetchResult.refused(uri, "timeout", "no complete response within " + config.readTimeout());
        } catch (ExecutionException e) {
            return failure(uri, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.cancel(true);
            return FetchResult.refused(uri, "interrupted", "crawl stopped");
        }
        return interpret(uri, response);
    }

    /**
     * Waits for the whole response: connecting may take the connect timeout, then headers and body together
     * the read timeout, counted from the headers once they are in (so a body that trickles is cut off too).
     */
    private HttpResponse<BoundedBody.Body> await(CompletableFuture<HttpResponse<BoundedBody.Body>> exchange,
                                                 long started, AtomicLong headersAt)
            throws TimeoutException, ExecutionException, InterruptedException {
        long read = config.readTimeout().toNanos();
        long overall = started + config.connectTimeout().toNanos() + read;
        while (true) {
            long headers = headersAt.get();
            long deadline = headers == 0 ? overall : Math.min(overall, headers + read);
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new TimeoutException();
            }
            try {
                return exchange.get(Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillWaiting) {
                // look at the deadline again: the headers may have arrived meanwhile
            }
        }
    }

    private BoundedBody choose(HttpResponse.ResponseInfo info, boolean acceptArchive) {
        int status = info.statusCode();
        if (status < 200 || status >= 300) {
            return BoundedBody.refusing("status", null);
        }
        String mime = mimeType(info.headers());
        if (!isTextual(mime) && !(acceptArchive && isGzipFile(mime))) {
            return BoundedBody.refusing("content-type", "not a text type: " + mime);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > config.maxBodyBytes()) {
            return BoundedBody.refusing("too-large", "Content-Length " + declared + " above the limit of "
                    + config.maxBodyBytes() + " bytes");
        }
        return BoundedBody.upTo(config.maxBodyBytes());
    }

    private FetchResult interpret(URI uri, HttpResponse<BoundedBody.Body> response) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        if (status == 304) {
            return FetchResult.notModified(uri);
        }
        if (status >= 300 && status < 400) {
            Optional<String> location = headers.firstValue("Location");
            if (location.isEmpty()) {
                return FetchResult.httpError(uri, status);
            }
            try {
                return FetchResult.redirect(uri, status, uri.resolve(location.get().trim()));
            } catch (IllegalArgumentException e) {
                return FetchResult.refused(uri, "invalid-redirect", location.get());
            }
        }
        if (status == 429 || status == 503) {
            return FetchResult.retry(uri, status, retryAfter(headers).orElse(null));
        }
        if (status < 200 || status >= 300) {
            return FetchResult.httpError(uri, status);
        }
        BoundedBody.Body body = response.body();
        if (body.refusal() != null) {
            return FetchResult.refused(uri, body.refusal(), body.detail());
        }
        String mime = mimeType(headers);
        byte[] bytes;
        try {
            bytes = decode(body.bytes(), headers.firstValue("Content-Encoding").orElse("identity"));
        } catch (BodyTooLargeException e) {
            return FetchResult.refused(uri, "too-large", e.getMessage());
        } catch (IOException e) {
            return FetchResult.refused(uri, "bad-encoding", e.getMessage());
        }
        return FetchResult.ok(uri, status, bytes, mime, charsetParameter(headers).orElse(null),
                headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    }

    private byte[] decode(byte[] raw, String encoding) throws IOException {
        String name = encoding.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "", "identity" -> raw;
            case "gzip", "x-gzip" -> bounded(new GZIPInputStream(new ByteArrayInputStream(raw)));
            case "deflate" -> inflate(raw);
            default -> throw new IOException("unsupported Content-Encoding " + encoding);
        };
    }

    /** RFC 9110 deflate is zlib-wrapped; some servers send raw deflate, so both are tried. */
    private byte[] inflate(byte[] raw) throws IOException {
        try {
            return bounded(new InflaterInputStream(new ByteArrayInputStream(raw)));
        } catch (java.util.zip.ZipException e) {
            return bounded(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(true)));
        }
    }

    /** Decompression bombs stop at the same limit as plain bodies. */
    private byte[] bounded(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[16 * 1024];
            int read;
            while ((read = in.read(chunk)) != -1) {
                out.write(chunk, 0, read);
                if (out.size() > config.maxBodyBytes()) {
                    throw new BodyTooLargeException("decoded body passed " + config.maxBodyBytes() + " bytes");
                }
            }
            return out.toByteArray();
        }
    }

    private static FetchResult failure(URI uri, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return FetchResult.refused(uri, "timeout", "connect timeout: " + cause.getMessage());
        }
        if (cause instanceof HttpTimeoutException) {
            return FetchResult.refused(uri, "timeout", cause.getMessage());
        }
        return FetchResult.refused(uri, "io-error", cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    static String mimeType(HttpHeaders headers) {
        return headers.firstValue("Content-Type")
                .map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                .orElse("");
    }

    static Optional<String> charsetParameter(HttpHeaders headers) {
        return headers.firstValue("Content-Type").flatMap(value -> {
            for (String part : value.split(";")) {
                String[] pair = part.trim().split("=", 2);
                if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                    String name = pair[1].trim().replace("\"", "").replace("'", "");
                    return name.isEmpty() ? Optional.empty() : Optional.of(name);
                }
            }
            return Optional.empty();
        });
    }

    /** HTML, XHTML, XML (feeds, sitemaps) and text; a missing type is let through to the binary check. */
    static boolean isTextual(String mime) {
        return mime.isEmpty() || mime.startsWith("text/") || mime.equals("application/xhtml+xml")
                || mime.equals("application/xml") || mime.endsWith("+xml");
    }

    private static boolean isGzipFile(String mime) {
        return mime.equals("application/gzip") || mime.equals("application/x-gzip")
                || mime.equals("application/octet-stream");
    }

    /** Retry-After as delta-seconds or an HTTP-date. */
    static Optional<Duration> retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").flatMap(value -> {
            String text = value.trim();
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
                } catch (RuntimeException notDate) {
                    return Optional.empty();
                }
            }
        });
    }

    private static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(String message) {
            super(message);
        }
    }
}
