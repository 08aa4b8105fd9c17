package io.eventwire.ingest.crawl;

import io.eventwire.contracts.id.CanonicalUrl;
import io.eventwire.ingest.fetch.FetchResult;
import io.eventwire.ingest.fetch.HttpFetcher;
import io.eventwire.ingest.publish.CrawlState;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The validators a request sends (If-None-Match, If-Modified-Since): a page's come from the crawl state, with
 * what was published; a feed's or sitemap's are only remembered here, since listings are never published.
 */
final class ConditionalRequests {

    private final CrawlState state;
    private final Map<String, HttpFetcher.Validators> listingValidators = new ConcurrentHashMap<>();

    ConditionalRequests(CrawlState state) {
        this.state = state;
    }

    HttpFetcher.Validators validators(FetchTask task) {
        String key = CanonicalUrl.of(task.uri().toString());
        if (task.kind() != FetchTask.Kind.PAGE) {
            return listingValidators.getOrDefault(key, HttpFetcher.Validators.NONE);
        }
        return state.lookup(key).map(s -> new HttpFetcher.Validators(s.etag(), s.lastModified()))
                .orElse(HttpFetcher.Validators.NONE);
    }

    /** Keeps a feed's or sitemap's validators, once it was read. */
    void rememberListing(FetchTask task, FetchResult result) {
        if (result.etag() != null || result.lastModified() != null) {
            listingValidators.put(CanonicalUrl.of(task.uri().toString()),
                    new HttpFetcher.Validators(result.etag(), result.lastModified()));
        }
    }
}
