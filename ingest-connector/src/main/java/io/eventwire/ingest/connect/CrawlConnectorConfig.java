package io.eventwire.ingest.connect;

import io.eventwire.contracts.config.Settings;
import io.eventwire.ingest.CrawlConfig;
import io.eventwire.ingest.CrawlRunner;
import io.eventwire.ingest.source.Source;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The connector's configuration: the same keys as the plain runner ({@link CrawlRunner}, {@link CrawlConfig},
 * {@link Source}), documented and validated for Connect. Records are written with string keys and JSON
 * string values: run the connector with {@code key.converter} and {@code value.converter} set to
 * {@code org.apache.kafka.connect.storage.StringConverter}, so the topics hold the JSON unchanged.
 */
public final class CrawlConnectorConfig {

    /** The sources one task crawls, one per line (set by the connector, not by users). */
    static final String TASK_SOURCES = "task.sources";

    private static final String SOURCES_GROUP = "Sources";
    private static final String POLITENESS_GROUP = "Politeness";
    private static final String LIMITS_GROUP = "Limits";
    private static final String TOPICS_GROUP = "Topics";

    public static final ConfigDef CONFIG_DEF = definition();

    private CrawlConnectorConfig() {
    }

    private static ConfigDef definition() {
        ConfigDef def = new ConfigDef();
        int order = 0;
        def.define(Source.FEEDS, Type.STRING, "", sourceList(), Importance.HIGH,
                "RSS or Atom feed URLs, separated by commas or new lines; each may end with its own "
                        + "' interval=5m'. Their items' links are fetched.",
                SOURCES_GROUP, ++order, Width.LONG, "Feeds");
        def.define(Source.SITEMAPS, Type.STRING, "", sourceList(), Importance.HIGH,
                "XML sitemap, sitemap index or news sitemap URLs; their pages are fetched.",
                SOURCES_GROUP, ++order, Width.LONG, "Sitemaps");
        def.define(Source.SEEDS, Type.STRING, "", sourceList(), Importance.HIGH,
                "Article URLs fetched as they are.", SOURCES_GROUP, ++order, Width.LONG, "Seed URLs");
        def.define(Source.PATHS, Type.STRING, "", sourceList(), Importance.MEDIUM,
                "Local files or directories on the worker (.html, .htm, .md, .txt); a file's URL is its file: URI.",
                SOURCES_GROUP, ++order, Width.LONG, "Local paths");
        def.define(Source.SOURCES, Type.STRING, "", sourceList(), Importance.MEDIUM,
                "Sources of any kind with a kind prefix: feed:URL, sitemap:URL, seed:URL, path:PATH.",
                SOURCES_GROUP, ++order, Width.LONG, "Mixed sources");
        def.define(CrawlConfig.POLL_INTERVAL, Type.STRING, "15m", duration(), Importance.MEDIUM,
                "How often each source is crawled again, unless it names its own interval (30s, 15m, 1h, PT1H).",
                SOURCES_GROUP, ++order, Width.SHORT, "Poll interval");

        order = 0;
        def.define(CrawlConfig.USER_AGENT, Type.STRING, CrawlConfig.DEFAULT_USER_AGENT, nonBlank(), Importance.HIGH,
                "User-Agent of every request; its first word is the name matched in robots.txt.",
                POLITENESS_GROUP, ++order, Width.LONG, "User-Agent");
        def.define(CrawlConfig.RATE_PER_HOST, Type.DOUBLE, 1.0, Range.atLeast(0.001), Importance.HIGH,
                "Requests per second to one host; a longer robots.txt Crawl-delay wins.",
                POLITENESS_GROUP, ++order, Width.SHORT, "Rate per host");
        def.define(CrawlConfig.MAX_CRAWL_DELAY, Type.LONG, 60_000L, Range.atLeast(0), Importance.LOW,
                "A robots.txt Crawl-delay above this (ms) is capped.", POLITENESS_GROUP, ++order, Width.SHORT,
                "Max Crawl-delay");
        def.define(CrawlConfig.MAX_CONCURRENCY, Type.INT, 8, Range.between(1, 256), Importance.MEDIUM,
                "Requests in flight at once, per task.", POLITENESS_GROUP, ++order, Width.SHORT, "Concurrency");
        def.define(CrawlConfig.MAX_RETRIES, Type.INT, 3, Range.between(0, 10), Importance.LOW,
                "Retries of a 429 or 503 answer.", POLITENESS_GROUP, ++order, Width.SHORT, "Retries");
        def.define(CrawlConfig.MAX_RETRY_AFTER, Type.LONG, 120_000L, Range.atLeast(0), Importance.LOW,
                "A Retry-After longer than this (ms) gives the URL up until the next poll.",
                POLITENESS_GROUP, ++order, Width.SHORT, "Max Retry-After");
        def.define(CrawlConfig.ALLOW_PRIVATE_ADDRESSES, Type.BOOLEAN, false, Importance.HIGH,
                "Fetch from loopback, private, link-local and cloud-metadata addresses. Off by default (SSRF); "
                        + "the demo and tests serve from localhost.",
                POLITENESS_GROUP, ++order, Width.SHORT, "Allow private addresses");
        def.define(CrawlConfig.ALLOWED_PRIVATE_HOSTS, Type.STRING, "", Importance.LOW,
                "host:port pairs allowed on non-public addresses although the rest are not (an internal mirror).",
                POLITENESS_GROUP, ++order, Width.MEDIUM, "Allowed private hosts");

        order = 0;
        def.define(CrawlConfig.MAX_BODY_BYTES, Type.LONG, CrawlConfig.DEFAULT_MAX_BODY_BYTES, Range.atLeast(1024),
                Importance.MEDIUM, "A larger body (after decompression) is refused while streaming, with a dead letter.",
                LIMITS_GROUP, ++order, Width.SHORT, "Max body bytes");
        def.define(CrawlConfig.MAX_RECORD_BYTES, Type.INT, CrawlConfig.DEFAULT_MAX_RECORD_BYTES, Range.atLeast(1024),
                Importance.LOW, "A larger serialized record is refused with a dead letter (never cut). The worker's "
                        + "producer.max.request.size must allow it.",
                LIMITS_GROUP, ++order, Width.SHORT, "Max record bytes");
        def.define(CrawlConfig.CONNECT_TIMEOUT, Type.LONG, 10_000L, Range.atLeast(1), Importance.LOW,
                "TCP/TLS connect timeout (ms).", LIMITS_GROUP, ++order, Width.SHORT, "Connect timeout");
        def.define(CrawlConfig.READ_TIMEOUT, Type.LONG, 30_000L, Range.atLeast(1), Importance.LOW,
                "Time (ms) for the response headers and the whole body.", LIMITS_GROUP, ++order, Width.SHORT,
                "Read timeout");
        def.define(CrawlConfig.MAX_REDIRECTS, Type.INT, 5, Range.between(0, 20), Importance.LOW,
                "Redirects followed from one URL (loops are detected).", LIMITS_GROUP, ++order, Width.SHORT,
                "Max redirects");
        def.define(CrawlConfig.PROGRESS_INTERVAL, Type.LONG, 30_000L, Range.atLeast(1000), Importance.LOW,
                "How often (ms) a running crawl logs its counts.", LIMITS_GROUP, ++order, Width.SHORT,
                "Progress interval");

        def.define(CrawlRunner.TOPIC_PREFIX, Type.STRING, "", Importance.MEDIUM,
                "Prefix of the topic names (news.raw, news.dlq).", TOPICS_GROUP, 1, Width.MEDIUM, "Topic prefix");
        def.defineInternal(TASK_SOURCES, Type.STRING, "", Importance.LOW);
        return def;
    }

    /** Validated string values as the shared {@link Settings} the crawler reads. */
    static Settings settings(Map<String, String> props) {
        Map<String, Object> parsed = CONFIG_DEF.parse(props);
        Map<String, String> values = new HashMap<>();
        parsed.forEach((key, value) -> {
            if (value != null) {
                values.put(key, value.toString());
            }
        });
        return Settings.of(values);
    }

    private static ConfigDef.Validator sourceList() {
        return (name, value) -> {
            String text = value == null ? "" : value.toString();
            Duration fallback = Duration.ofMinutes(15);
            for (String entry : Source.entries(text)) {
                try {
                    Source.parse(name.equals(Source.SOURCES) ? null : Source.Kind.SEED, entry, fallback);
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(name, entry, e.getMessage());
                }
            }
        };
    }

    private static ConfigDef.Validator duration() {
        return (name, value) -> {
            try {
                CrawlConfig.parseDuration(String.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        };
    }

    private static ConfigDef.Validator nonBlank() {
        return (name, value) -> {
            if (value == null || value.toString().isBlank()) {
                throw new ConfigException(name, value, "must not be blank");
            }
        };
    }

    static List<Source> sources(Settings settings) {
        return Source.fromSettings(settings);
    }
}
