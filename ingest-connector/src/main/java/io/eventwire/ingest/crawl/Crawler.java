package io.eventwire.ingest.crawl;

import io.eventwire.contracts.id.CanonicalUrl;
import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;
import io.eventwire.ingest.CrawlConfig;
import io.eventwire.ingest.CrawlSummary;
import io.eventwire.ingest.fetch.AddressGuard;
import io.eventwire.ingest.fetch.FetchResult;
import io.eventwire.ingest.fetch.HttpFetcher;
import io.eventwire.ingest.fetch.TextDecoder;
import io.eventwire.ingest.publish.CrawlState;
import io.eventwire.ingest.publish.DeadLetters;
import io.eventwire.ingest.publish.PageState;
import io.eventwire.ingest.publish.Publication;
import io.eventwire.ingest.publish.Publisher;
import io.eventwire.ingest.robots.RobotsCache;
import io.eventwire.ingest.source.Bytes;
import io.eventwire.ingest.source.FeedReader;
import io.eventwire.ingest.source.Link;
import io.eventwire.ingest.source.LocalFiles;
import io.eventwire.ingest.source.SitemapReader;
import io.eventwire.ingest.source.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Crawls sources: feeds and sitemaps give article links, seeds are articles, local paths are read as
 * files. Every HTTP request goes through the {@link Frontier} (one at a time per host, the host's interval
 * between them, at most {@code max.concurrency} in flight), robots.txt and the address guard — redirects
 * too, since the crawler follows them itself as new requests. A page whose content hash matches what was
 * published before is counted unchanged and not published; everything else not published is counted by
 * reason.
 */
public final class Crawler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

    private final CrawlConfig config;
    private final CrawlState state;
    private final Publisher publisher;
    private final AddressGuard guard;
    private final HttpFetcher fetcher;
    private final RobotsCache robots;
    private final Map<String, Long> lastRequestEnd = new ConcurrentHashMap<>();
    private final Map<String, Long> intervals = new ConcurrentHashMap<>();
    /** URLs already dead-lettered by this crawler: a page refused again on the next poll is not reported twice. */
    private final Set<String> deadLettered = ConcurrentHashMap.newKeySet();
    /** Conditional-GET validators of feeds and sitemaps (pages keep theirs in the crawl state). */
    private final Map<String, HttpFetcher.Validators> listingValidators = new ConcurrentHashMap<>();
    private final ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "crawl-progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Frontier current;
    private volatile boolean closed;

    public Crawler(CrawlConfig config, CrawlState state, Publisher publisher) {
        this.config = config;
        this.state = state;
        this.publisher = publisher;
        this.guard = new AddressGuard(config.allowPrivateAddresses(), config.allowedPrivateHosts());
        this.fetcher = new HttpFetcher(config, guard);
        this.robots = new RobotsCache(fetcher, config.userAgent(), Clock.systemUTC());
    }

    /** Crawls every source once, returns when all is fetched and handed to the publisher (and flushed). */
    public CrawlSummary crawl(List<Source> sources) {
        CrawlStats stats = new CrawlStats();
        if (closed) {
            return stats.snapshot();
        }
        Pass pass = new Pass(stats);
        current = pass.frontier;
        if (closed) {
            // stop() ran between the check and the assignment: this pass ends before it starts.
            pass.frontier.stop();
        }
        var ticker = progress.scheduleAtFixedRate(() -> LOG.info("Crawl progress: {}", stats.snapshot()),
                config.progressInterval().toMillis(), config.progressInterval().toMillis(), TimeUnit.MILLISECONDS);
        try {
            for (Source source : sources) {
                switch (source.kind()) {
                    case PATH -> pass.readFiles(Path.of(source.location()));
                    case FEED -> pass.enqueue(source.location(), FetchTask.Kind.FEED, null);
                    case SITEMAP -> pass.enqueue(source.location(), FetchTask.Kind.SITEMAP, null);
                    case SEED -> pass.enqueue(source.location(), FetchTask.Kind.PAGE, null);
                }
            }
            pass.run();
            publisher.flush();
        } finally {
            ticker.cancel(false);
            current = null;
        }
        CrawlSummary summary = stats.snapshot();
        LOG.info("Crawl pass done: {}", summary);
        return summary;
    }

    /** Stops a running pass (queued URLs are dropped, requests in flight finish) and any later one. */
    public void stop() {
        closed = true;
        Frontier frontier = current;
        if (frontier != null) {
            frontier.stop();
        }
    }

    @Override
    public void close() {
        stop();
        progress.shutdownNow();
    }

    /** The per-host interval: the configured rate, or robots.txt's Crawl-delay where longer (capped). */
    private long intervalFor(RobotsCache.Rules rules) {
        long base = config.minInterval().toNanos();
        if (rules == null) {
            return base;
        }
        return rules.crawlDelay()
                .map(delay -> Math.max(base, Math.min(delay.toNanos(), config.maxCrawlDelay().toNanos())))
                .orElse(base);
    }

    /** One pass over the sources. */
    private final class Pass {
        final CrawlStats stats;
        final Frontier frontier = new Frontier(lastRequestEnd, intervals);
        final Set<String> seen = ConcurrentHashMap.newKeySet();

        Pass(CrawlStats stats) {
            this.stats = stats;
        }

        void enqueue(String location, FetchTask.Kind kind, Link hint) {
            URI uri;
            try {
                uri = URI.create(location.strip());
            } catch (IllegalArgumentException e) {
                stats.skipped("invalid-url");
                LOG.warn("Not a URL: {}", location);
                return;
            }
            enqueue(uri, kind, hint);
        }

        void enqueue(URI uri, FetchTask.Kind kind, Link hint) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                stats.skipped("unsupported-url");
                LOG.debug("Not an http(s) URL: {}", uri);
                return;
            }
            String canonical = CanonicalUrl.of(uri.toString());
            if (!seen.add(kind + " " + canonical)) {
                return;
            }
            frontier.add(host(uri), new FetchTask(uri, kind, hint, List.of(canonical), 0));
        }

        void run() {
            int workers = config.maxConcurrency();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                Thread thread = new Thread(this::work, "crawl-worker-" + i);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    frontier.stop();
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void work() {
            try {
                Frontier.Lease lease;
                while ((lease = frontier.take()) != null) {
                    try {
                        process(lease);
                    } catch (RuntimeException e) {
                        LOG.warn("Unexpected failure on {}: {}", lease.task().uri(), e.toString(), e);
                        stats.skipped("error");
                        frontier.done(lease, true, intervals.getOrDefault(lease.host(), 0L));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void process(Frontier.Lease lease) {
            FetchTask task = lease.task();
            URI uri = task.uri();
            Optional<AddressGuard.Refusal> refusal = guard.refusal(uri);
            if (refusal.isPresent()) {
                skip(task, refusal.get().reason(), refusal.get().detail());
                frontier.done(lease, false, intervalFor(robots.cached(uri).orElse(null)));
                return;
            }
            Optional<RobotsCache.Rules> cached = robots.cached(uri);
            if (cached.isEmpty()) {
                stats.request();
                RobotsCache.Rules loaded = robots.load(uri);
                // robots.txt took this slot; the page waits for the host's next one.
                frontier.putBack(lease, task, true, intervalFor(loaded), 0);
                return;
            }
            RobotsCache.Rules rules = cached.get();
            long interval = intervalFor(rules);
            if (rules.unavailable()) {
                skip(task, "robots-unavailable", "robots.txt unreachable: disallowed for now");
                frontier.done(lease, false, interval);
                return;
            }
            if (!rules.allows(uri)) {
                skip(task, "robots-disallowed", "robots.txt disallows " + uri);
                frontier.done(lease, false, interval);
                return;
            }
            stats.request();
            FetchResult result = fetcher.fetch(uri, validators(task), task.kind() == FetchTask.Kind.SITEMAP);
            if (result.kind() == FetchResult.Kind.RETRY) {
                retry(lease, task, result, interval);
                return;
            }
            handle(task, result);
            frontier.done(lease, true, interval);
        }

        private void retry(Frontier.Lease lease, FetchTask task, FetchResult result, long interval) {
            if (task.attempts() >= config.maxRetries()) {
                skip(task, "http-" + result.status(), "still " + result.status() + " after "
                        + task.attempts() + " retries");
                frontier.done(lease, true, interval);
                return;
            }
            Duration wait = result.retryAfter() != null ? result.retryAfter()
                    : Duration.ofSeconds(1L << task.attempts());
            if (wait.compareTo(config.maxRetryAfter()) > 0) {
                skip(task, "retry-after-too-long", result.status() + " asks to wait " + wait);
                frontier.done(lease, true, interval);
                return;
            }
            LOG.debug("{} answered {}: again in {}", task.uri(), result.status(), wait);
            frontier.putBack(lease, task.retried(), true, interval, wait.toNanos());
        }

        private HttpFetcher.Validators validators(FetchTask task) {
            String key = CanonicalUrl.of(task.uri().toString());
            if (task.kind() != FetchTask.Kind.PAGE) {
                return listingValidators.getOrDefault(key, HttpFetcher.Validators.NONE);
            }
            return state.lookup(key).map(s -> new HttpFetcher.Validators(s.etag(), s.lastModified()))
                    .orElse(HttpFetcher.Validators.NONE);
        }

        private void handle(FetchTask task, FetchResult result) {
            switch (result.kind()) {
                case OK -> ok(task, result);
                case NOT_MODIFIED -> {
                    if (task.kind() == FetchTask.Kind.PAGE) {
                        stats.fetched();
                        stats.unchanged();
                    }
                }
                case REDIRECT -> redirect(task, result.location());
                case HTTP_ERROR -> skip(task, result.reason(), "HTTP " + result.status());
                case REFUSED -> {
                    skip(task, result.reason(), result.detail());
                    if (result.reason().equals("too-large")) {
                        deadLetter(CanonicalUrl.of(task.uri().toString()), "BodyTooLarge", result.detail());
                    }
                }
                case RETRY -> throw new IllegalStateException("retries are handled before");
            }
        }

        private void redirect(FetchTask task, URI target) {
            String canonical = CanonicalUrl.of(target.toString());
            if (task.chain().contains(canonical)) {
                skip(task, "redirect-loop", "redirect loop through " + task.chain());
            } else if (task.redirects() >= config.maxRedirects()) {
                skip(task, "too-many-redirects", "more than " + config.maxRedirects() + " redirects from "
                        + task.chain().get(0));
            } else if (!seen.add(task.kind() + " " + canonical)) {
                LOG.debug("{} redirects to {}, already crawled in this pass", task.uri(), target);
            } else {
                String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
                if ((!scheme.equals("http") && !scheme.equals("https")) || target.getHost() == null) {
                    skip(task, "unsupported-url", "redirect to " + target);
                    return;
                }
                frontier.add(host(target), task.redirectedTo(target, canonical));
            }
        }

        private void ok(FetchTask task, FetchResult result) {
            if (Bytes.looksBinary(result.body()) && task.kind() != FetchTask.Kind.SITEMAP) {
                skip(task, "binary", "binary content at " + task.uri());
                return;
            }
            switch (task.kind()) {
                case FEED -> feed(task, result);
                case SITEMAP -> sitemap(task, result);
                case PAGE -> page(task, result);
            }
        }

        private void feed(FetchTask task, FetchResult result) {
            TextDecoder.Decoded text = TextDecoder.decode(result.body(), result.charset());
            List<Link> links;
            try {
                links = FeedReader.read(text.text(), task.uri());
            } catch (Exception e) {
                skip(task, "bad-feed", e.getMessage());
                return;
            }
            rememberListing(task, result);
            links.forEach(link -> enqueue(link.uri(), FetchTask.Kind.PAGE, link));
        }

        private void sitemap(FetchTask task, FetchResult result) {
            SitemapReader.Contents contents;
            try {
                contents = SitemapReader.read(result.body(), result.mimeType(), task.uri());
            } catch (IOException | RuntimeException e) {
                skip(task, "bad-sitemap", e.getMessage());
                return;
            }
            rememberListing(task, result);
            contents.sitemaps().forEach(uri -> enqueue(uri, FetchTask.Kind.SITEMAP, null));
            contents.pages().forEach(link -> enqueue(link.uri(), FetchTask.Kind.PAGE, link));
        }

        private void rememberListing(FetchTask task, FetchResult result) {
            if (result.etag() != null || result.lastModified() != null) {
                listingValidators.put(CanonicalUrl.of(task.uri().toString()),
                        new HttpFetcher.Validators(result.etag(), result.lastModified()));
            }
        }

        private void page(FetchTask task, FetchResult result) {
            stats.fetched();
            TextDecoder.Decoded text = TextDecoder.decode(result.body(), result.charset());
            String requested = CanonicalUrl.of(task.uri().toString());
            String key = isHtml(result.mimeType()) ? relCanonical(text.text(), task.uri()).orElse(requested)
                    : requested;
            Link hint = task.hint();
            RawArticle article = new RawArticle(RawArticle.SCHEMA, task.uri().toString(), key,
                    task.uri().getHost().toLowerCase(Locale.ROOT), Instant.now().toString(), result.status(),
                    result.mimeType(), text.charset(), text.source(), hint == null ? null : hint.title(),
                    hint == null ? null : hint.publishedAt(), Ids.sha256(text.text()), text.text());
            offer(requested, new PageState(article.contentHash(), result.etag(), result.lastModified()), article);
        }

        /** Reads every file under {@code root} now; files need neither robots.txt nor a rate limit. */
        void readFiles(Path root) {
            if (!Files.exists(root)) {
                stats.skipped("missing-path");
                LOG.warn("No such file or directory: {}", root);
                return;
            }
            List<Path> files;
            try {
                files = LocalFiles.list(root);
            } catch (IOException e) {
                stats.skipped("io-error");
                LOG.warn("Cannot list {}: {}", root, e.toString());
                return;
            }
            String source = root.getFileName() == null ? root.toString() : root.getFileName().toString();
            for (Path file : files) {
                if (closed) {
                    return;
                }
                readFile(file, source);
            }
        }

        private void readFile(Path file, String source) {
            LocalFiles.Document document;
            try {
                document = LocalFiles.read(file, config.maxBodyBytes());
            } catch (LocalFiles.Skipped e) {
                stats.skipped(e.reason());
                LOG.info("Skipped {}: {}", file, e.getMessage());
                if (e.reason().equals("too-large")) {
                    deadLetter(CanonicalUrl.of(file.toAbsolutePath().normalize().toUri().toString()), "BodyTooLarge",
                            e.getMessage());
                }
                return;
            } catch (IOException e) {
                stats.skipped("io-error");
                LOG.warn("Cannot read {}: {}", file, e.toString());
                return;
            }
            stats.fetched();
            String url = CanonicalUrl.of(document.uri().toString());
            RawArticle article = new RawArticle(RawArticle.SCHEMA, document.uri().toString(), url, source,
                    Instant.now().toString(), null, document.contentType(), document.charset(),
                    document.charsetSource(), document.title(), document.publishedAt(), Ids.sha256(document.text()),
                    document.text());
            offer(url, new PageState(article.contentHash(), null, null), article);
        }

        /** Publishes the article unless its content was published before, or it is too large for the topic. */
        private void offer(String stateKey, PageState pageState, RawArticle article) {
            Optional<PageState> previous = state.lookup(stateKey);
            if (previous.isPresent() && previous.get().contentHash().equals(pageState.contentHash())) {
                stats.unchanged();
                return;
            }
            byte[] value = Json.toBytes(article);
            if (value.length > config.maxRecordBytes()) {
                stats.skipped("too-large");
                deadLetter(article.canonicalUrl(), "RecordTooLarge", "raw article of " + value.length
                        + " bytes is above the topic's limit of " + config.maxRecordBytes()
                        + " bytes; not cut, not published");
                return;
            }
            publisher.publish(new Publication(stateKey, pageState, article.canonicalUrl(), value), stats);
        }

        private void deadLetter(String key, String errorClass, String message) {
            if (deadLettered.add(key)) {
                publisher.deadLetter(key, DeadLetters.refused(key, errorClass, message), stats);
            }
        }

        private void skip(FetchTask task, String reason, String detail) {
            stats.skipped(reason);
            LOG.info("Skipped {} ({}): {}", task.uri(), reason, detail);
        }
    }

    /** The rate limit's unit: the host name, whatever the scheme and port (one server, one budget). */
    private static String host(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static boolean isHtml(String mime) {
        return mime.isEmpty() || mime.equals("text/html") || mime.equals("application/xhtml+xml");
    }

    /** The page's {@code <link rel=canonical>}, when it names an http(s) URL. */
    static Optional<String> relCanonical(String html, URI base) {
        Element link = Jsoup.parse(html, base.toString()).selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link == null) {
            return Optional.empty();
        }
        String href = link.absUrl("href");
        String lower = href.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(CanonicalUrl.of(href))
                : Optional.empty();
    }
}
