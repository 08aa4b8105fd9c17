package io.eventwire.cli.demo;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the bundled sample news site ({@code eventwire/sample-news/} on the classpath) on
 * {@code 127.0.0.1} at a free port, for {@code eventwire demo} and for tests.
 *
 * <p>What is served is exactly what {@code sample-news/index.txt} lists, one path per line, optionally
 * followed by whitespace and a Content-Type that overrides the one derived from the extension (the legacy
 * GBK page is listed with a bare {@code text/html}, no charset: see the site's README). Everything is read
 * once, at {@link #start()}, with {@link Class#getResourceAsStream}, so the site works the same from a
 * directory and from inside the launcher jar. A listed file that is missing fails {@code start()}.
 *
 * <p>The files hold absolute links under the placeholder origin {@value #PLACEHOLDER_ORIGIN}; each response
 * replaces it, byte for byte, with the server's real origin ({@code http://127.0.0.1:PORT}), so feed,
 * sitemap, robots.txt, canonical links and JSON-LD point back at this server.
 *
 * <p>HTTP: GET and HEAD; {@code /} is {@code /index.html}; unknown paths are 404, other methods 405. Every
 * response carries a strong {@code ETag} (a hash of the bytes served) and a {@code Last-Modified} (the fixed
 * {@link #LAST_MODIFIED}, the same on every start, so conditional requests stay valid across demo runs). A
 * matching {@code If-None-Match} gives 304; without {@code If-None-Match}, an {@code If-Modified-Since} at or
 * after {@code Last-Modified} gives 304 too (RFC 9110, 13.1.3).
 */
public final class SampleNewsServer implements AutoCloseable {

    /** Where the site lives on the classpath. */
    public static final String RESOURCE_ROOT = "eventwire/sample-news/";
    /** The index of served files, relative to {@link #RESOURCE_ROOT}. */
    public static final String INDEX = "index.txt";
    /** The origin written in the files, replaced by the real one when served. */
    public static final String PLACEHOLDER_ORIGIN = "http://news.sample.invalid";
    /** The Last-Modified of every file: fixed, so that conditional GETs survive restarts. */
    public static final Instant LAST_MODIFIED = Instant.parse("2024-11-20T08:00:00Z");

    private static final Map<String, String> TYPES_BY_EXTENSION = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "txt", "text/plain; charset=utf-8",
            "xml", "application/xml; charset=utf-8",
            "json", "application/json");

    private final int requestedPort;
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final List<String> requestLog = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private ExecutorService executor;
    private URI baseUrl;

    /** A server on a free port. */
    public SampleNewsServer() {
        this(0);
    }

    /** A server on the given port; 0 picks a free one. */
    public SampleNewsServer(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.requestedPort = port;
    }

    /**
     * Loads the site and starts serving it.
     *
     * @return the base URL, with a trailing slash, e.g. {@code http://127.0.0.1:40123/}
     * @throws IllegalStateException when already started
     * @throws UncheckedIOException when the site cannot be read or the port cannot be bound
     */
    public synchronized URI start() {
        if (server != null) {
            throw new IllegalStateException("already started at " + baseUrl);
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + requestedPort, e);
        }
        baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        try {
            loadSite("http://127.0.0.1:" + server.getAddress().getPort());
        } catch (RuntimeException e) {
            // release the bound port: the server was created (and bound) but never started
            try {
                server.stop(0);
            } catch (RuntimeException ignored) {
                // nothing more to release
            }
            server = null;
            baseUrl = null;
            throw e;
        }
        server.createContext("/", this::handle);
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "sample-news-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        return baseUrl;
    }

    /** The base URL ({@code http://127.0.0.1:PORT/}); only after {@link #start()}. */
    public synchronized URI baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("not started");
        }
        return baseUrl;
    }

    /** The RSS feed's URL. */
    public URI feedUrl() {
        return baseUrl().resolve("feed.xml");
    }

    /** The sitemap's URL. */
    public URI sitemapUrl() {
        return baseUrl().resolve("sitemap.xml");
    }

    /** The robots.txt URL. */
    public URI robotsUrl() {
        return baseUrl().resolve("robots.txt");
    }

    /** The paths served (each starting with {@code /}), in index order. */
    public synchronized List<String> paths() {
        return List.copyOf(resources.keySet());
    }

    /** Every request so far as {@code "METHOD /path STATUS"}, oldest first (the demo summary can show it). */
    public List<String> requestLog() {
        return Collections.unmodifiableList(new ArrayList<>(requestLog));
    }

    /** Stops serving; idempotent. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    private void loadSite(String origin) {
        resources.clear();
        ClassLoader loader = Objects.requireNonNullElse(
                Thread.currentThread().getContextClassLoader(), SampleNewsServer.class.getClassLoader());
        byte[] index = read(loader, INDEX);
        if (index == null) {
            throw new UncheckedIOException(new IOException("no " + RESOURCE_ROOT + INDEX + " on the classpath"));
        }
        byte[] placeholder = PLACEHOLDER_ORIGIN.getBytes(StandardCharsets.US_ASCII);
        byte[] replacement = origin.getBytes(StandardCharsets.US_ASCII);
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new java.io.ByteArrayInputStream(index), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+", 2);
                String path = parts[0];
                if (path.startsWith("/") || path.contains("..")) {
                    throw new IllegalStateException("bad path in " + INDEX + ": " + path);
                }
                String type = parts.length > 1 ? parts[1].strip() : typeOf(path);
                byte[] body = read(loader, path);
                if (body == null) {
                    throw new UncheckedIOException(new IOException(INDEX + " lists " + path
                            + " but there is no " + RESOURCE_ROOT + path + " on the classpath"));
                }
                body = replaceAll(body, placeholder, replacement);
                resources.put("/" + path, new Resource(body, type, etag(body)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE_ROOT + path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE_ROOT + path, e);
        }
    }

    /** The Content-Type for a path by its extension; feed.xml is RSS. */
    static String typeOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals("feed.xml") || name.endsWith(".rss")) {
            return "application/rss+xml; charset=utf-8";
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES_BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (path == null || path.isEmpty() || path.equals("/")) {
                path = "/index.html";
            }
            int status = respond(exchange, method, path);
            requestLog.add(method + " " + exchange.getRequestURI().getRawPath() + " " + status);
        }
    }

    private int respond(HttpExchange exchange, String method, String path) throws IOException {
        Headers out = exchange.getResponseHeaders();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            out.set("Allow", "GET, HEAD");
            exchange.sendResponseHeaders(405, -1);
            return 405;
        }
        Resource resource;
        synchronized (this) {
            resource = resources.get(path);
        }
        if (resource == null) {
            byte[] body = "404 Not Found\n".getBytes(StandardCharsets.UTF_8);
            out.set("Content-Type", "text/plain; charset=utf-8");
            return send(exchange, 404, head ? null : body, body.length);
        }
        out.set("ETag", resource.etag);
        out.set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(LAST_MODIFIED.atZone(ZoneOffset.UTC)));
        out.set("Cache-Control", "no-cache");
        if (notModified(exchange.getRequestHeaders(), resource.etag)) {
            exchange.sendResponseHeaders(304, -1);
            return 304;
        }
        out.set("Content-Type", resource.contentType);
        return send(exchange, 200, head ? null : resource.body, resource.body.length);
    }

    private static int send(HttpExchange exchange, int status, byte[] body, int length) throws IOException {
        if (body == null) {
            // HEAD: the length a GET would send, and no body.
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(length));
            exchange.sendResponseHeaders(status, -1);
            return status;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
        return status;
    }

    /** RFC 9110 13.1.2 / 13.1.3: If-None-Match (weak comparison) wins over If-Modified-Since. */
    static boolean notModified(Headers request, String etag) {
        List<String> noneMatch = request.get("If-None-Match");
        if (noneMatch != null && !noneMatch.isEmpty()) {
            String opaque = stripWeak(etag);
            for (String header : noneMatch) {
                for (String candidate : header.split(",")) {
                    String c = candidate.strip();
                    if (c.equals("*") || stripWeak(c).equals(opaque)) {
                        return true;
                    }
                }
            }
            return false;
        }
        String since = request.getFirst("If-Modified-Since");
        if (since != null) {
            try {
                Instant when = ZonedDateTime.parse(since.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !LAST_MODIFIED.isAfter(when);
            } catch (DateTimeParseException e) {
                return false; // an invalid date is ignored
            }
        }
        return false;
    }

    private static String stripWeak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] replaceAll(byte[] haystack, byte[] needle, byte[] replacement) {
        java.io.ByteArrayOutputStream out = null;
        int from = 0;
        for (int i = 0; i <= haystack.length - needle.length; ) {
            if (matchesAt(haystack, needle, i)) {
                if (out == null) {
                    out = new java.io.ByteArrayOutputStream(haystack.length + 256);
                }
                out.write(haystack, from, i - from);
                out.write(replacement, 0, replacement.length);
                i += needle.length;
                from = i;
            } else {
                i++;
            }
        }
        if (out == null) {
            return haystack;
        }
        out.write(haystack, from, haystack.length - from);
        return out.toByteArray();
    }

    private static boolean matchesAt(byte[] haystack, byte[] needle, int at) {
        for (int j = 0; j < needle.length; j++) {
            if (haystack[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

    private record Resource(byte[] body, String contentType, String etag) {
    }
}
