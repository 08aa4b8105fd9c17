package io.eventwire.ingest.crawl;

import io.eventwire.ingest.CrawlConfig;
import io.eventwire.ingest.fetch.AddressGuard;
import io.eventwire.ingest.robots.RobotsCache;

import java.net.URI;
import java.util.Optional;

/**
 * Whether a URL may be requested now, and its host's interval. The address guard refuses non-public addresses
 * (SSRF); robots.txt is fetched with a host's first URL, in that URL's slot, and obeyed from then on; its
 * Crawl-delay lowers the host's rate below {@code rate.per.host}, up to {@code max.crawl.delay.ms}.
 */
final class Politeness {

    /** What to do with a URL; {@code interval} is its host's interval in nanoseconds, whatever the verdict. */
    record Clearance(Verdict verdict, long interval, String reason, String detail) {

        enum Verdict { REQUEST, ROBOTS_FETCHED, REFUSED }

        static Clearance request(long interval) {
            return new Clearance(Verdict.REQUEST, interval, null, null);
        }

        static Clearance robotsFetched(long interval) {
            return new Clearance(Verdict.ROBOTS_FETCHED, interval, null, null);
        }

        static Clearance refused(String reason, String detail, long interval) {
            return new Clearance(Verdict.REFUSED, interval, reason, detail);
        }
    }

    private final CrawlConfig config;
    private final AddressGuard guard;
    private final RobotsCache robots;

    Politeness(CrawlConfig config, AddressGuard guard, RobotsCache robots) {
        this.config = config;
        this.guard = guard;
        this.robots = robots;
    }

    /** @param stats counts the robots.txt request, when this URL's slot goes to it */
    Clearance clear(URI uri, CrawlStats stats) {
        Optional<AddressGuard.Refusal> refusal = guard.refusal(uri);
        if (refusal.isPresent()) {
            return Clearance.refused(refusal.get().reason(), refusal.get().detail(),
                    intervalFor(robots.cached(uri).orElse(null)));
        }
        Optional<RobotsCache.Rules> cached = robots.cached(uri);
        if (cached.isEmpty()) {
            stats.request();
            return Clearance.robotsFetched(intervalFor(robots.load(uri)));
        }
        RobotsCache.Rules rules = cached.get();
        long interval = intervalFor(rules);
        if (rules.unavailable()) {
            return Clearance.refused("robots-unavailable", "robots.txt unreachable: disallowed for now", interval);
        }
        if (!rules.allows(uri)) {
            return Clearance.refused("robots-disallowed", "robots.txt disallows " + uri, interval);
        }
        return Clearance.request(interval);
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
}
