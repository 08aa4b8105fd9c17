package io.eventwire.sink.index;

import com.sun.net.httpserver.HttpServer;
import io.eventwire.contracts.config.Settings;
import io.eventwire.sink.consume.Output;
import io.eventwire.sink.document.BulkAction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The _bulk client against a scripted HTTP server: which answers are retried, split, or refused. */
class BulkIndexerTest {

    private record Answer(int status, String body) {
    }

    private HttpServer server;
    private final Deque<Function<String, Answer>> script = new ArrayDeque<>();
    private final List<String> requests = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/_bulk", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Answer answer;
            synchronized (this) {
                requests.add(body);
                authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
                answer = script.isEmpty() ? ok(body) : script.poll().apply(body);
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Every action of the request indexed. */
    private static Answer ok(String body) {
        return items(body, id -> "{\"index\":{\"_id\":\"" + id + "\",\"status\":201}}");
    }

    private static Answer items(String body, Function<String, String> item) {
        List<String> results = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("{\"index\"") || line.startsWith("{\"delete\"")) {
                String id = line.replaceAll(".*\"_id\":\"([^\"]*)\".*", "$1");
                results.add(item.apply(id));
            }
        }
        return new Answer(200, "{\"took\":1,\"errors\":true,\"items\":[" + String.join(",", results) + "]}");
    }

    private BulkIndexer indexer(String... extra) {
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "es.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "es.retry.initial.ms", "1", "es.retry.max.ms", "5", "es.batch.documents", "100"));
        for (int i = 0; i < extra.length; i += 2) {
            values.put(extra[i], extra[i + 1]);
        }
        EngineSettings settings = EngineSettings.from(Settings.of(values));
        Backoff backoff = new Backoff(settings.backoffInitial(), settings.backoffMax(), new CountDownLatch(1));
        return new BulkIndexer(new EngineClient(settings, backoff), settings, backoff, Clock.systemUTC());
    }

    private static void write(BulkIndexer indexer, String id, boolean delete) {
        String text = delete ? "{\"delete\":{\"_index\":\"i\",\"_id\":\"" + id + "\"}}\n"
                : "{\"index\":{\"_index\":\"i\",\"_id\":\"" + id + "\"}}\n{\"v\":1}\n";
        indexer.write(new ConsumerRecord<>("t", 0, 0L, id.getBytes(StandardCharsets.UTF_8), new byte[0]),
                new BulkAction("i", id, delete, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void unavailableAndOverloadedAnswersAreRetriedUntilTheEngineTakesTheRequest() {
        script.add(body -> new Answer(503, "{}"));
        script.add(body -> new Answer(429, "{}"));
        BulkIndexer indexer = indexer();
        write(indexer, "a", false);
        write(indexer, "b", false);

        assertEquals(List.of(), indexer.flush());
        assertEquals(3, requests.size());
        assertEquals(requests.get(0), requests.get(2), "the same request again");
    }

    @Test
    void itemsRefusedForAPassingReasonAreSentAgainAloneAndMappingErrorsAreHandedBack() {
        script.add(body -> items(body, id -> switch (id) {
            case "busy" -> "{\"index\":{\"_id\":\"busy\",\"status\":429,\"error\":{\"type\":\"es_rejected_execution_exception\"}}}";
            case "bad" -> "{\"index\":{\"_id\":\"bad\",\"status\":400,\"error\":{\"type\":\"mapper_parsing_exception\","
                    + "\"reason\":\"failed to parse field [confidence]\",\"caused_by\":{\"type\":\"number_format_exception\","
                    + "\"reason\":\"For input string: \\\"high\\\"\"}}}}";
            case "gone" -> "{\"delete\":{\"_id\":\"gone\",\"status\":404,\"result\":\"not_found\"}}";
            default -> "{\"index\":{\"_id\":\"" + id + "\",\"status\":201}}";
        }));
        BulkIndexer indexer = indexer();
        for (String id : List.of("ok", "busy", "bad")) {
            write(indexer, id, false);
        }
        write(indexer, "gone", true);

        List<Output.Rejected> rejected = indexer.flush();

        assertEquals(1, rejected.size());
        assertEquals("bad", rejected.get(0).action().id());
        assertEquals("mapper_parsing_exception", rejected.get(0).errorType());
        assertTrue(rejected.get(0).reason().contains("[confidence]") && rejected.get(0).reason().contains("\"high\""),
                rejected.get(0).reason());
        assertEquals(2, requests.size());
        assertTrue(requests.get(1).contains("\"busy\"") && !requests.get(1).contains("\"ok\""), requests.get(1));
    }

    @Test
    void aRequestTooLargeForTheEngineIsSplitAndAnUnsendableDocumentRefused() {
        script.add(body -> new Answer(413, ""));
        script.add(body -> new Answer(413, ""));
        BulkIndexer indexer = indexer();
        write(indexer, "a", false);
        write(indexer, "b", false);
        write(indexer, "c", false);

        List<Output.Rejected> rejected = indexer.flush();

        // [a b c] too large, [a] too large on its own (refused), then [b c] taken.
        assertEquals(List.of("a"), rejected.stream().map(r -> r.action().id()).toList());
        assertEquals("request_entity_too_large", rejected.get(0).errorType());
        assertEquals(3, requests.size());
    }

    @Test
    void batchesAreDueByCountAndCredentialsGoInTheHeaderOnly() {
        BulkIndexer indexer = indexer("es.batch.documents", "2", "es.batch.linger.ms", "60000",
                "es.username", "elastic", "es.password", "s3cret");
        write(indexer, "a", false);
        assertEquals(false, indexer.due());
        write(indexer, "b", false);
        assertEquals(true, indexer.due());
        indexer.flush();
        assertEquals("Basic ZWxhc3RpYzpzM2NyZXQ=", authorizations.get(0));
        assertTrue(!EngineSettings.from(Settings.of(Map.of("es.url", "http://x", "es.username", "elastic",
                "es.password", "s3cret"))).toString().contains("s3cret"));
    }
}
