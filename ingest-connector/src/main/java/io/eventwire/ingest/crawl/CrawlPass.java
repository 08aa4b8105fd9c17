package io.eventwire.ingest.crawl;

import io.eventwire.ingest.CrawlConfig;
import io.eventwire.ingest.fetch.FetchResult;
import io.eventwire.ingest.fetch.HttpFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over the sources: {@code max.concurrency} workers take the pass's URLs from its {@link Frontier}, one
 * lease at a time, through {@link Politeness}, the request (again later on 429/503, within limits) and
 * {@link Responses}.
 */
final class CrawlPass {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlPass.class);

    private final CrawlConfig config;
    private final Frontier frontier;
    private final CrawlStats stats;
    private final Politeness politeness;
    private final HttpFetcher fetcher;
    private final ConditionalRequests conditionalRequests;
    private final PassUrls urls;
    private final Responses responses;

    CrawlPass(CrawlConfig config, Frontier frontier, CrawlStats stats, Politeness politeness, HttpFetcher fetcher,
              ConditionalRequests conditionalRequests, Publishing publishing) {
        this.config = config;
        this.frontier = frontier;
        this.stats = stats;
        this.politeness = politeness;
        this.fetcher = fetcher;
        this.conditionalRequests = conditionalRequests;
        this.urls = new PassUrls(frontier, stats);
        this.responses = new Responses(urls, new Redirects(urls, config.maxRedirects()), conditionalRequests,
                publishing, stats);
    }

    /** Queues a source's URL: a feed, a sitemap or a seed page. */
    void add(String location, FetchTask.Kind kind) {
        urls.add(location, kind, null);
    }

    /** Queued URLs are dropped; requests in flight finish. */
    void stop() {
        frontier.stop();
    }

    /** Runs the workers until the frontier has nothing left or the pass is stopped. */
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
                    frontier.failed(lease);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void process(Frontier.Lease lease) {
        FetchTask task = lease.task();
        Politeness.Clearance clearance = politeness.clear(task.uri(), stats);
        switch (clearance.verdict()) {
            case REFUSED -> {
                urls.skip(task, clearance.reason(), clearance.detail());
                frontier.done(lease, false, clearance.interval());
            }
            // robots.txt took this slot; the page waits for the host's next one.
            case ROBOTS_FETCHED -> frontier.putBack(lease, task, true, clearance.interval(), 0);
            case REQUEST -> request(lease, clearance.interval());
        }
    }

    private void request(Frontier.Lease lease, long interval) {
        FetchTask task = lease.task();
        stats.request();
        FetchResult result = fetcher.fetch(task.uri(), conditionalRequests.validators(task),
                task.kind() == FetchTask.Kind.SITEMAP);
        if (result.kind() == FetchResult.Kind.RETRY) {
            retry(lease, result, interval);
            return;
        }
        responses.handle(task, result);
        frontier.done(lease, true, interval);
    }

    /** A 429 or 503: asked again after Retry-After or 1, 2, 4… s, unless retried too often or told to wait long. */
    private void retry(Frontier.Lease lease, FetchResult result, long interval) {
        FetchTask task = lease.task();
        if (task.attempts() >= config.maxRetries()) {
            urls.skip(task, "http-" + result.status(), "still " + result.status() + " after "
                    + task.attempts() + " retries");
            frontier.done(lease, true, interval);
            return;
        }
        Duration wait = result.retryAfter() != null ? result.retryAfter()
                : Duration.ofSeconds(1L << task.attempts());
        if (wait.compareTo(config.maxRetryAfter()) > 0) {
            urls.skip(task, "retry-after-too-long", result.status() + " asks to wait " + wait);
            frontier.done(lease, true, interval);
            return;
        }
        LOG.debug("{} answered {}: again in {}", task.uri(), result.status(), wait);
        frontier.putBack(lease, task.retried(), true, interval, wait.toNanos());
    }
}
