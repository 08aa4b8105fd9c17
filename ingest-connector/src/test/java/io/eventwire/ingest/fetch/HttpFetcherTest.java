package io.eventwire.ingest.fetch;

import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpFetcherTest {

    private static HttpHeaders headers(String name, String value) {
        return HttpHeaders.of(Map.of(name, List.of(value)), (a, b) -> true);
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsADate() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), HttpFetcher.retryAfter(headers("Retry-After", "7")));
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)
                .plusSeconds(60));
        Duration wait = HttpFetcher.retryAfter(headers("Retry-After", inAMinute)).orElseThrow();
        assertTrue(wait.getSeconds() > 50 && wait.getSeconds() <= 60, wait.toString());
        assertEquals(Optional.empty(), HttpFetcher.retryAfter(headers("Retry-After", "later")));
    }

    @Test
    void onlyTextLikeTypesAreAccepted() {
        for (String type : new String[] {"text/html", "application/xhtml+xml", "application/xml", "text/xml",
                "application/rss+xml", "application/atom+xml", "text/plain"}) {
            assertTrue(HttpFetcher.isTextual(type), type);
        }
        for (String type : new String[] {"image/png", "application/pdf", "application/octet-stream",
                "video/mp4", "application/json"}) {
            assertFalse(HttpFetcher.isTextual(type), type);
        }
    }

    @Test
    void theCharsetParameterIsReadAsSent() {
        assertEquals(Optional.of("GBK"), HttpFetcher.charsetParameter(headers("Content-Type",
                "text/html; charset=\"GBK\"")));
        assertEquals(Optional.empty(), HttpFetcher.charsetParameter(headers("Content-Type", "text/html")));
    }
}
