package io.eventwire.sink.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.serde.InvalidRecordException;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.sink.Samples;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentMapperTest {

    private static final Topics TOPICS = new Topics("t.");
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private final DocumentMapper mapper = new DocumentMapper(new IndexLayout(TOPICS, "eventwire-", true),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private BulkAction map(String topic, byte[] key, byte[] value, long timestamp) {
        return mapper.map(topic, 0, 42L, key, value, timestamp);
    }

    private static JsonNode[] lines(BulkAction action) throws Exception {
        String[] lines = action.text().split("\n", -1);
        assertEquals("", lines[lines.length - 1], "ends with a newline");
        JsonNode[] out = new JsonNode[lines.length - 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = Json.MAPPER.readTree(lines[i]);
        }
        return out;
    }

    @Test
    void aRecordBecomesAnIndexActionUnderItsKeyWithTheDocumentOnOneLine() throws Exception {
        Article article = Samples.article(1);
        BulkAction action = map(TOPICS.articles(), bytes("article-1"), Json.toBytes(article), 5L);
        JsonNode[] lines = lines(action);
        assertEquals(2, lines.length);
        assertEquals("eventwire-articles", lines[0].path("index").path("_index").asText());
        assertEquals("article-1", lines[0].path("index").path("_id").asText());
        assertEquals(article.title(), lines[1].path("title").asText());
        assertFalse(action.delete());
    }

    @Test
    void aTombstoneBecomesADelete() throws Exception {
        BulkAction action = map(TOPICS.sanctions(), bytes("s-1"), null, 5L);
        JsonNode[] lines = lines(action);
        assertEquals(1, lines.length);
        assertEquals("eventwire-sanctions", lines[0].path("delete").path("_index").asText());
        assertEquals("s-1", lines[0].path("delete").path("_id").asText());
        assertTrue(action.delete());
    }

    @Test
    void timestampIsPublishedAtInUtc() throws Exception {
        BulkAction action = map(TOPICS.market(), bytes("m"), Json.toBytes(Samples.market(1)), 5L);
        assertEquals("2021-05-05T01:30:00Z", lines(action)[1].path("@timestamp").asText());
    }

    @Test
    void timestampFallsBackToFetchedAtThenTheRecordTimestampThenNow() throws Exception {
        String noPublished = "{\"id\":\"a\",\"publishedAt\":null,\"fetchedAt\":\"2024-05-05T10:00:00Z\"}";
        assertEquals("2024-05-05T10:00:00Z",
                lines(map(TOPICS.articles(), bytes("a"), bytes(noPublished), 5L))[1].path("@timestamp").asText());
        String noDates = "{\"id\":\"a\",\"publishedAt\":\"not a date\"}";
        assertEquals(Instant.ofEpochMilli(1_700_000_000_000L).toString(),
                lines(map(TOPICS.articles(), bytes("a"), bytes(noDates), 1_700_000_000_000L))[1]
                        .path("@timestamp").asText());
        assertEquals(NOW.toString(),
                lines(map(TOPICS.articles(), bytes("a"), bytes(noDates), -1L))[1].path("@timestamp").asText());
    }

    @Test
    void aDateWithoutTimeIsTheStartOfThatDayInUtc() throws Exception {
        String dateOnly = "{\"publishedAt\":\"2019-10-07\"}";
        assertEquals("2019-10-07T00:00:00Z",
                lines(map(TOPICS.sanctions(), bytes("s"), bytes(dateOnly), 5L))[1].path("@timestamp").asText());
    }

    @Test
    void prettyPrintedValuesAndKeysNeedingEscapesStillMakeValidNdjson() throws Exception {
        String pretty = "{\n  \"title\" : \"two\\nlines\"\n}";
        BulkAction action = map(TOPICS.articles(), bytes("id \"quoted\""), bytes(pretty), 5L);
        JsonNode[] lines = lines(action);
        assertEquals("id \"quoted\"", lines[0].path("index").path("_id").asText());
        assertEquals("two\nlines", lines[1].path("title").asText());
    }

    @Test
    void aLineBreakAnywhereOutsideStringsMakesTheValueBeWrittenAgainOnOneLine() {
        for (String value : new String[] {"\n{\"a\":1}", "{\"a\":1}\r", "{\"a\":\r\n1}", "{\"a\"\r:1}", "{\"a\":[1,\n2]}"}) {
            String document = map(TOPICS.articles(), bytes("a"), bytes(value), 1_000L).text().split("\n", -1)[1];
            assertEquals('{', document.charAt(0), value);
            assertFalse(document.contains("\r"), value);
            assertTrue(document.endsWith(",\"@timestamp\":\"1970-01-01T00:00:01Z\"}"), document);
        }
    }

    @Test
    void theActionLineWritesTheIdExactlyAsJacksonWould() throws Exception {
        assertEquals("{\"index\":{\"_index\":\"eventwire-articles\",\"_id\":\"k\"}}",
                map(TOPICS.articles(), bytes("k"), bytes("{}"), 5L).text().split("\n")[0]);
        for (String id : new String[] {"plain-id_1.2", "a/b<c>&'d' ~", "quote\"", "back\\slash", "tab\t", "del\u007f",
                "é", "文章", "\uD83D\uDE00"}) {
            String delete = mapper.map(TOPICS.sanctions(), 0, 1L, bytes(id), null, 5L).text();
            // Jackson's UTF-8 generator, as the action line has always been written (it escapes surrogate pairs).
            String expected = new String(Json.MAPPER.writeValueAsBytes(id), StandardCharsets.UTF_8);
            assertEquals("{\"delete\":{\"_index\":\"eventwire-sanctions\",\"_id\":" + expected + "}}\n", delete, id);
        }
    }

    @Test
    void aOneLineValueIsKeptByteForByteWithTheTimestampInsertedFirst() {
        String value = "  {\"title\":\"海康威视\",\"x\":{\"publishedAt\":\"nested, not used\"},\"n\":1.50}";
        BulkAction action = map(TOPICS.articles(), bytes("a"), bytes(value), 1_000L);
        assertEquals("  {\"@timestamp\":\"1970-01-01T00:00:01Z\",\"title\":\"海康威视\",\"x\":{\"publishedAt\":"
                + "\"nested, not used\"},\"n\":1.50}\n", action.text().substring(action.text().indexOf('\n') + 1));
        assertEquals("{\"@timestamp\":\"1970-01-01T00:00:01Z\"}\n",
                map(TOPICS.articles(), bytes("a"), bytes("{}"), 1_000L).text().split("\n", 2)[1]);
    }

    @Test
    void aValueWithItsOwnTimestampGetsTheSinksOnlyOnce() throws Exception {
        String value = "{\"@timestamp\":\"1999-01-01T00:00:00Z\",\"publishedAt\":\"2020-02-02T00:00:00Z\"}";
        BulkAction action = map(TOPICS.articles(), bytes("a"), bytes(value), 5L);
        String document = action.text().split("\n")[1];
        assertEquals(document.indexOf("@timestamp"), document.lastIndexOf("@timestamp"), document);
        assertEquals("2020-02-02T00:00:00Z", lines(action)[1].path("@timestamp").asText());
    }

    @Test
    void recordsThatCannotBeDocumentsAreRefusedSayingWhy() {
        assertThrows(InvalidRecordException.class, () -> map(TOPICS.articles(), bytes("k"), bytes("{} {}"), 5L));
        assertThrows(InvalidRecordException.class, () -> map(TOPICS.articles(), null, bytes("{}"), 5L));
        assertThrows(InvalidRecordException.class, () -> map(TOPICS.articles(), bytes("k"), bytes("{oops"), 5L));
        assertThrows(InvalidRecordException.class, () -> map(TOPICS.articles(), bytes("k"), bytes("[1]"), 5L));
        assertThrows(InvalidRecordException.class,
                () -> map(TOPICS.articles(), new byte[DocumentMapper.MAX_ID_BYTES + 1], bytes("{}"), 5L));
    }

    @Test
    void deadLettersGoToTheErrorsIndexUnderTheirOwnPosition() {
        BulkAction action = mapper.map(TOPICS.deadLetters(), 2, 17L, bytes("article-1"),
                bytes("{\"failedAt\":\"2024-01-01T00:00:00Z\"}"), 5L);
        assertEquals("eventwire-errors", action.index());
        assertEquals("t.news.dlq-2-17", action.id(), "two failures of one record are two documents");
        assertEquals("t.news.dlq-2-18", mapper.map(TOPICS.deadLetters(), 2, 18L, null, bytes("{}"), 5L).id(),
                "a dead letter without a key is indexed too");
    }
}
