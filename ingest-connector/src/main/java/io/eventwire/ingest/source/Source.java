package io.eventwire.ingest.source;

import io.eventwire.contracts.config.Settings;
import io.eventwire.ingest.CrawlConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One configured source: a feed, a sitemap, a seed URL or a local path, polled every {@code interval}.
 *
 * <p>Written in settings as lists separated by commas or new lines, one key per kind ({@code feeds},
 * {@code sitemaps}, {@code seeds}, {@code paths}) or mixed under {@code sources} with a kind prefix
 * ({@code feed:https://…}). An entry may end with its own interval: {@code https://example.org/rss interval=5m}.
 */
public record Source(Kind kind, String location, Duration interval) {

    public enum Kind { FEED, SITEMAP, SEED, PATH }

    public static final String SOURCES = "sources";
    public static final String FEEDS = "feeds";
    public static final String SITEMAPS = "sitemaps";
    public static final String SEEDS = "seeds";
    public static final String PATHS = "paths";

    public Source {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("a source needs a location");
        }
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a source's interval must be positive: " + location);
        }
    }

    /** Every source of the settings, in the order given (sources, feeds, sitemaps, seeds, paths). */
    public static List<Source> fromSettings(Settings settings) {
        Duration interval = CrawlConfig.parseDuration(settings.getOrDefault(CrawlConfig.POLL_INTERVAL, "15m"));
        List<Source> out = new ArrayList<>();
        settings.get(SOURCES).ifPresent(list -> entries(list).forEach(e -> out.add(parse(null, e, interval))));
        settings.get(FEEDS).ifPresent(list -> entries(list).forEach(e -> out.add(parse(Kind.FEED, e, interval))));
        settings.get(SITEMAPS).ifPresent(list -> entries(list).forEach(e -> out.add(parse(Kind.SITEMAP, e,
                interval))));
        settings.get(SEEDS).ifPresent(list -> entries(list).forEach(e -> out.add(parse(Kind.SEED, e, interval))));
        settings.get(PATHS).ifPresent(list -> entries(list).forEach(e -> out.add(parse(Kind.PATH, e, interval))));
        return List.copyOf(out);
    }

    /** Splits a list on commas and new lines, dropping blanks and {@code #} comments. */
    public static List<String> entries(String list) {
        List<String> out = new ArrayList<>();
        for (String line : list.split("[,\\n]")) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                out.add(entry);
            }
        }
        return out;
    }

    /**
     * One entry; without {@code kind}, the entry names it ({@code feed:}, {@code sitemap:}, {@code seed:},
     * {@code path:}).
     */
    public static Source parse(Kind kind, String entry, Duration defaultInterval) {
        String text = entry.strip();
        Duration interval = defaultInterval;
        int space = text.lastIndexOf(' ');
        if (space > 0 && text.substring(space + 1).startsWith("interval=")) {
            interval = CrawlConfig.parseDuration(text.substring(space + 1 + "interval=".length()));
            text = text.substring(0, space).strip();
        }
        Kind chosen = kind;
        if (chosen == null) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("a source needs a kind (feed:, sitemap:, seed:, path:): " + entry);
            }
            try {
                chosen = Kind.valueOf(text.substring(0, colon).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown source kind in " + entry
                        + " (use feed:, sitemap:, seed: or path:)", e);
            }
            text = text.substring(colon + 1).strip();
        }
        return new Source(chosen, text, interval);
    }

    /** The entry as {@link #parse} reads it back, for handing sources to connector tasks. */
    public String format() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + location + " interval=" + interval.toMillis() + "ms";
    }

    /** The host (or local path) the source lives on: connector tasks split sources by it. */
    public String affinity() {
        if (kind == Kind.PATH) {
            return location;
        }
        try {
            String host = java.net.URI.create(location).getHost();
            return host == null ? location : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return location;
        }
    }
}
