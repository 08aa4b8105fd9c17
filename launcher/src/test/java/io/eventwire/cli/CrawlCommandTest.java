package io.eventwire.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CrawlCommandTest {

    @Test
    void withoutSourcesItIsAUsageErrorBeforeAnyConnection() {
        assertEquals(2, Eventwire.run("crawl", "--bootstrap-servers", "127.0.0.1:1", "--once"));
    }

    @Test
    void withoutAClusterItIsAUsageError() {
        assertEquals(2, Eventwire.run("crawl", "--seed", "https://example.org/", "--once"));
    }
}
