package io.eventwire.ingest;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.topic.TopicSpec;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * How politely and how much the crawler fetches. Every field has a default, so a crawl needs no settings
 * beyond its sources; the keys are shared by the plain runner ({@link Settings}) and the connector.
 *
 * @param userAgent             sent with every request and matched against robots.txt groups
 * @param ratePerHost           requests per second to one host (robots.txt Crawl-delay may lower it)
 * @param maxConcurrency        requests in flight across all hosts
 * @param allowPrivateAddresses fetch from loopback, private, link-local and metadata addresses (tests, demo)
 * @param allowedPrivateHosts   {@code host:port} pairs allowed on such addresses when the rest are not
 * @param maxBodyBytes          a larger body (after gzip/deflate decoding) is refused while it streams
 * @param maxRecordBytes        a larger serialized record is refused with a dead letter (the topic's limit)
 * @param readTimeout           response headers and the whole body must arrive within it
 * @param maxRetryAfter         a 429/503 asking to wait longer than this is given up for this pass
 * @param maxCrawlDelay         a robots.txt Crawl-delay above this is capped (a hostile value would stall a task)
 */
public record CrawlConfig(
        String userAgent,
        double ratePerHost,
        int maxConcurrency,
        boolean allowPrivateAddresses,
        Set<String> allowedPrivateHosts,
        long maxBodyBytes,
        int maxRecordBytes,
        Duration connectTimeout,
        Duration readTimeout,
        int maxRedirects,
        int maxRetries,
        Duration maxRetryAfter,
        Duration maxCrawlDelay,
        Duration pollInterval,
        Duration progressInterval) {

    public static final String USER_AGENT = "user.agent";
    public static final String RATE_PER_HOST = "rate.per.host";
    public static final String MAX_CONCURRENCY = "max.concurrency";
    public static final String ALLOW_PRIVATE_ADDRESSES = "allow.private.addresses";
    public static final String ALLOWED_PRIVATE_HOSTS = "allowed.private.hosts";
    public static final String MAX_BODY_BYTES = "max.body.bytes";
    public static final String MAX_RECORD_BYTES = "max.record.bytes";
    public static final String CONNECT_TIMEOUT = "connect.timeout.ms";
    public static final String READ_TIMEOUT = "read.timeout.ms";
    public static final String MAX_REDIRECTS = "max.redirects";
    public static final String MAX_RETRIES = "max.retries";
    public static final String MAX_RETRY_AFTER = "max.retry.after.ms";
    public static final String MAX_CRAWL_DELAY = "max.crawl.delay.ms";
    public static final String POLL_INTERVAL = "poll.interval";
    public static final String PROGRESS_INTERVAL = "progress.interval.ms";

    public static final String DEFAULT_USER_AGENT =
            "EventwireBot/0.1 (+https://github.com/eventwire/eventwire; news crawler)";
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;
    /** Room for the record's key and headers under news.raw's max.message.bytes. */
    public static final int DEFAULT_MAX_RECORD_BYTES = TopicSpec.RAW_MAX_MESSAGE_BYTES - 64 * 1024;

    public CrawlConfig {
        if (!(ratePerHost > 0)) {
            throw new IllegalArgumentException(RATE_PER_HOST + " must be positive: " + ratePerHost);
        }
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException(MAX_CONCURRENCY + " must be at least 1: " + maxConcurrency);
        }
        allowedPrivateHosts = Set.copyOf(allowedPrivateHosts);
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException(USER_AGENT + " must name the crawler");
        }
    }

    public static CrawlConfig from(Settings settings) {
        return new CrawlConfig(
                settings.getOrDefault(USER_AGENT, DEFAULT_USER_AGENT),
                Double.parseDouble(settings.getOrDefault(RATE_PER_HOST, "1")),
                settings.getInt(MAX_CONCURRENCY, 8),
                settings.getBoolean(ALLOW_PRIVATE_ADDRESSES, false),
                settings.get(ALLOWED_PRIVATE_HOSTS).map(list -> Set.copyOf(Arrays.stream(list.split(","))
                        .map(String::strip).filter(h -> !h.isEmpty()).map(h -> h.toLowerCase(Locale.ROOT))
                        .toList())).orElse(Set.of()),
                settings.getLong(MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES),
                settings.getInt(MAX_RECORD_BYTES, DEFAULT_MAX_RECORD_BYTES),
                Duration.ofMillis(settings.getLong(CONNECT_TIMEOUT, 10_000)),
                Duration.ofMillis(settings.getLong(READ_TIMEOUT, 30_000)),
                settings.getInt(MAX_REDIRECTS, 5),
                settings.getInt(MAX_RETRIES, 3),
                Duration.ofMillis(settings.getLong(MAX_RETRY_AFTER, 120_000)),
                Duration.ofMillis(settings.getLong(MAX_CRAWL_DELAY, 60_000)),
                parseDuration(settings.getOrDefault(POLL_INTERVAL, "15m")),
                Duration.ofMillis(settings.getLong(PROGRESS_INTERVAL, 30_000)));
    }

    /** The time between two requests to one host, before robots.txt has its say. */
    public Duration minInterval() {
        return Duration.ofNanos((long) (1_000_000_000L / ratePerHost));
    }

    /** {@code 90s}, {@code 15m}, {@code 2h}, {@code 500ms}, a bare number of seconds, or ISO-8601 {@code PT15M}. */
    public static Duration parseDuration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("pt") || value.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).trim()));
            }
            char unit = value.charAt(value.length() - 1);
            if (Character.isDigit(unit)) {
                return Duration.ofSeconds(Long.parseLong(value));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1).trim());
            return switch (unit) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                case 'd' -> Duration.ofDays(amount);
                default -> throw new IllegalArgumentException("unknown unit in duration " + text);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a duration (e.g. 30s, 15m, PT1H): " + text, e);
        }
    }
}
