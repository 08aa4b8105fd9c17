package io.eventwire.ingest.source;

import io.eventwire.contracts.config.Settings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SourceTest {

    @Test
    void settingsListEverySourceWithItsInterval() {
        List<Source> sources = Source.fromSettings(Settings.of(Map.of(
                "poll.interval", "10m",
                "sources", "feed:https://a.example/rss interval=1m\nsitemap:https://b.example/sitemap.xml",
                "seeds", "https://c.example/x, https://c.example/y",
                "paths", "/data/news")));
        assertEquals(List.of(
                new Source(Source.Kind.FEED, "https://a.example/rss", Duration.ofMinutes(1)),
                new Source(Source.Kind.SITEMAP, "https://b.example/sitemap.xml", Duration.ofMinutes(10)),
                new Source(Source.Kind.SEED, "https://c.example/x", Duration.ofMinutes(10)),
                new Source(Source.Kind.SEED, "https://c.example/y", Duration.ofMinutes(10)),
                new Source(Source.Kind.PATH, "/data/news", Duration.ofMinutes(10))), sources);
    }

    @Test
    void formatIsReadBack() {
        Source source = new Source(Source.Kind.FEED, "https://a.example/rss", Duration.ofSeconds(90));
        assertEquals(source, Source.parse(null, source.format(), Duration.ofMinutes(15)));
    }

    @Test
    void anUnknownKindIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Source.parse(null, "ftp://x/y", Duration.ofMinutes(1)));
    }
}
