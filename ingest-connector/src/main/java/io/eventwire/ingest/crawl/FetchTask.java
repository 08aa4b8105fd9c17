package io.eventwire.ingest.crawl;

import io.eventwire.ingest.source.Link;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * One URL to request.
 *
 * @param hint     what the feed or sitemap said about the page (title, date), null for seeds
 * @param chain    the canonical URLs of the redirect chain so far, first the one asked for
 * @param attempts how many 429/503 answers this URL already had
 */
record FetchTask(URI uri, Kind kind, Link hint, List<String> chain, int attempts) {

    enum Kind { PAGE, FEED, SITEMAP }

    FetchTask {
        chain = List.copyOf(chain);
    }

    int redirects() {
        return chain.size() - 1;
    }

    FetchTask redirectedTo(URI target, String canonicalTarget) {
        List<String> longer = new ArrayList<>(chain);
        longer.add(canonicalTarget);
        return new FetchTask(target, kind, hint, longer, 0);
    }

    FetchTask retried() {
        return new FetchTask(uri, kind, hint, chain, attempts + 1);
    }
}
