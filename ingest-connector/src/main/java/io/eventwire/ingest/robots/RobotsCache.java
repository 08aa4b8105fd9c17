package io.eventwire.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.eventwire.ingest.fetch.FetchResult;
import io.eventwire.ingest.fetch.HttpFetcher;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per host (scheme, host and port), parsed by crawler-commons and cached. A robots.txt
 * that answers 4xx allows everything (there is none); one that times out, fails or answers 5xx (429
 * included) disallows everything <em>for now</em> — it is asked again after {@link #FAILURE_TTL} — never
 * "allow all".
 */
public final class RobotsCache {

    static final Duration SUCCESS_TTL = Duration.ofHours(24);
    static final Duration FAILURE_TTL = Duration.ofMinutes(10);
    private static final int MAX_REDIRECTS = 5;

    /** A host's rules, and whether they are a stand-in for an unreachable robots.txt. */
    public record Rules(BaseRobotRules rules, boolean unavailable, Instant expires) {

        public boolean allows(URI uri) {
            return !unavailable && rules.isAllowed(uri.toString());
        }

        /** The host's Crawl-delay, if it set one. */
        public Optional<Duration> crawlDelay() {
            long delay = rules.getCrawlDelay();
            return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0 ? Optional.empty()
                    : Optional.of(Duration.ofMillis(delay));
        }
    }

    private final Map<String, Rules> cache = new ConcurrentHashMap<>();
    private final HttpFetcher fetcher;
    private final String robotName;
    private final Clock clock;

    public RobotsCache(HttpFetcher fetcher, String userAgent, Clock clock) {
        this.fetcher = fetcher;
        this.robotName = productToken(userAgent);
        this.clock = clock;
    }

    /** The cached rules of {@code uri}'s host, if still fresh. */
    public Optional<Rules> cached(URI uri) {
        Rules rules = cache.get(key(uri));
        return rules != null && rules.expires().isAfter(clock.instant()) ? Optional.of(rules) : Optional.empty();
    }

    /**
     * Fetches and caches the host's robots.txt, following up to five redirects (each checked by the
     * fetcher's address guard). One request per call in the usual case: the caller counts it against the
     * host's rate.
     */
    public Rules load(URI uri) {
        URI robots = URI.create(key(uri) + "/robots.txt");
        Rules rules = fetchRules(robots);
        cache.put(key(uri), rules);
        return rules;
    }

    private Rules fetchRules(URI robots) {
        URI current = robots;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            FetchResult result = fetcher.fetch(current, HttpFetcher.Validators.NONE, false);
            switch (result.kind()) {
                case OK -> {
                    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
                    // crawler-commons caps Crawl-delay itself; the crawler applies its own cap afterwards.
                    parser.setMaxCrawlDelay(Long.MAX_VALUE);
                    BaseRobotRules parsed = parser.parseContent(robots.toString(), result.body(),
                            result.mimeType().isEmpty() ? "text/plain" : result.mimeType(), List.of(robotName));
                    return new Rules(parsed, false, clock.instant().plus(SUCCESS_TTL));
                }
                case REDIRECT -> current = result.location();
                case HTTP_ERROR -> {
                    if (result.status() >= 400 && result.status() < 500) {
                        return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), false,
                                clock.instant().plus(SUCCESS_TTL));
                    }
                    return unavailable();
                }
                default -> {
                    return unavailable();
                }
            }
        }
        return unavailable();
    }

    private Rules unavailable() {
        return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), true,
                clock.instant().plus(FAILURE_TTL));
    }

    /** The robots.txt cache key: scheme, host and port, as robots.txt scopes its rules. */
    public static String key(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    /** "EventwireBot/0.1 (+https://…)" matches robots.txt groups for "EventwireBot". */
    static String productToken(String userAgent) {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }
}
