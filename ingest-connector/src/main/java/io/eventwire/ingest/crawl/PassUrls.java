package io.eventwire.ingest.crawl;

import io.eventwire.contracts.id.CanonicalUrl;
import io.eventwire.ingest.source.Link;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The URLs of one pass: only http(s) URLs are queued, each canonical URL once per kind (a feed and a page may
 * share one), on the frontier under their host. A URL the pass gives up on is counted by reason and logged.
 */
final class PassUrls {

    private static final Logger LOG = LoggerFactory.getLogger(PassUrls.class);

    private final Frontier frontier;
    private final CrawlStats stats;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    PassUrls(Frontier frontier, CrawlStats stats) {
        this.frontier = frontier;
        this.stats = stats;
    }

    void add(String location, FetchTask.Kind kind, Link hint) {
        URI uri;
        try {
            uri = URI.create(location.strip());
        } catch (IllegalArgumentException e) {
            stats.skipped("invalid-url");
            LOG.warn("Not a URL: {}", location);
            return;
        }
        add(uri, kind, hint);
    }

    void add(URI uri, FetchTask.Kind kind, Link hint) {
        if (!isHttp(uri)) {
            stats.skipped("unsupported-url");
            LOG.debug("Not an http(s) URL: {}", uri);
            return;
        }
        String canonical = CanonicalUrl.of(uri.toString());
        if (firstInPass(kind, canonical)) {
            queue(new FetchTask(uri, kind, hint, List.of(canonical), 0));
        }
    }

    /** Marks {@code canonical} as crawled as {@code kind} in this pass; false when it already was. */
    boolean firstInPass(FetchTask.Kind kind, String canonical) {
        return seen.add(kind + " " + canonical);
    }

    /** Queues a task whose URL is admitted already. */
    void queue(FetchTask task) {
        frontier.add(host(task.uri()), task);
    }

    void skip(FetchTask task, String reason, String detail) {
        stats.skipped(reason);
        LOG.info("Skipped {} ({}): {}", task.uri(), reason, detail);
    }

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    /** The rate limit's unit: the host name, whatever the scheme and port (one server, one budget). */
    private static String host(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }
}
