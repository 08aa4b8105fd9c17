package io.eventwire.ingest.crawl;

import io.eventwire.ingest.CrawlConfig;
import io.eventwire.ingest.CrawlSummary;
import io.eventwire.ingest.fetch.AddressGuard;
import io.eventwire.ingest.fetch.HttpFetcher;
import io.eventwire.ingest.publish.CrawlState;
import io.eventwire.ingest.publish.Publisher;
import io.eventwire.ingest.robots.RobotsCache;
import io.eventwire.ingest.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Each call to {@link #crawl} is one {@link CrawlPass}; this class keeps what outlives a pass, so that polls
 * in quick succession stay polite and report nothing twice: the hosts' request times and intervals, robots.txt
 * rules, the listings' validators and the URLs already dead-lettered.
 */
public final class Crawler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

    private final CrawlConfig config;
    private final HttpFetcher fetcher;
    private final Politeness politeness;
    private final ConditionalRequests conditionalRequests;
    private final Publishing publishing;
    private final LocalFileCrawl files;
    private final Map<String, Long> lastRequestEnd = new ConcurrentHashMap<>();
    private final Map<String, Long> intervals = new ConcurrentHashMap<>();
    private final ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "crawl-progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile CrawlPass current;
    private volatile boolean closed;

    public Crawler(CrawlConfig config, CrawlState state, Publisher publisher) {
        this.config = config;
        AddressGuard guard = new AddressGuard(config.allowPrivateAddresses(), config.allowedPrivateHosts());
        this.fetcher = new HttpFetcher(config, guard);
        this.politeness = new Politeness(config, guard,
                new RobotsCache(fetcher, config.userAgent(), Clock.systemUTC()));
        this.conditionalRequests = new ConditionalRequests(state);
        this.publishing = new Publishing(state, publisher, config.maxRecordBytes());
        this.files = new LocalFileCrawl(config.maxBodyBytes(), publishing, () -> closed);
    }

    /** Crawls every source once, returns when all is fetched and handed to the publisher (and flushed). */
    public CrawlSummary crawl(List<Source> sources) {
        CrawlStats stats = new CrawlStats();
        if (closed) {
            return stats.snapshot();
        }
        CrawlPass pass = new CrawlPass(config, new Frontier(lastRequestEnd, intervals), stats, politeness, fetcher,
                conditionalRequests, publishing);
        current = pass;
        if (closed) {
            // stop() ran between the check and the assignment: this pass ends before it starts.
            pass.stop();
        }
        var ticker = progress.scheduleAtFixedRate(() -> LOG.info("Crawl progress: {}", stats.snapshot()),
                config.progressInterval().toMillis(), config.progressInterval().toMillis(), TimeUnit.MILLISECONDS);
        try {
            for (Source source : sources) {
                switch (source.kind()) {
                    case PATH -> files.read(Path.of(source.location()), stats);
                    case FEED -> pass.add(source.location(), FetchTask.Kind.FEED);
                    case SITEMAP -> pass.add(source.location(), FetchTask.Kind.SITEMAP);
                    case SEED -> pass.add(source.location(), FetchTask.Kind.PAGE);
                }
            }
            pass.run();
            publishing.flush();
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
        CrawlPass pass = current;
        if (pass != null) {
            pass.stop();
        }
    }

    @Override
    public void close() {
        stop();
        progress.shutdownNow();
    }
}
