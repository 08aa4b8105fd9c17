package io.eventwire.ingest.crawl;

import io.eventwire.contracts.id.CanonicalUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * Follows a redirect as a new request on the frontier, so that its target passes the address guard, robots.txt
 * and its host's rate like any URL. Loops, chains longer than {@code max.redirects} and targets that are not
 * http(s) end here.
 */
final class Redirects {

    private static final Logger LOG = LoggerFactory.getLogger(Redirects.class);

    private final PassUrls urls;
    private final int maxRedirects;

    Redirects(PassUrls urls, int maxRedirects) {
        this.urls = urls;
        this.maxRedirects = maxRedirects;
    }

    void follow(FetchTask task, URI target) {
        String canonical = CanonicalUrl.of(target.toString());
        if (task.chain().contains(canonical)) {
            urls.skip(task, "redirect-loop", "redirect loop through " + task.chain());
        } else if (task.redirects() >= maxRedirects) {
            urls.skip(task, "too-many-redirects", "more than " + maxRedirects + " redirects from "
                    + task.chain().get(0));
        } else if (!urls.firstInPass(task.kind(), canonical)) {
            LOG.debug("{} redirects to {}, already crawled in this pass", task.uri(), target);
        } else if (!PassUrls.isHttp(target)) {
            urls.skip(task, "unsupported-url", "redirect to " + target);
        } else {
            urls.queue(task.redirectedTo(target, canonical));
        }
    }
}
