package io.eventwire.sink;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.serde.Json;
import io.eventwire.sink.files.FileOutput;
import io.eventwire.sink.files.FolderCompactor;
import io.eventwire.sink.files.FolderView;
import io.eventwire.testkit.KafkaBackends;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.eventwire.sink.TestSink.drain;
import static io.eventwire.sink.TestSink.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files mode on a real broker: what lands in the folder, a crash between rename and commit, a replay. */
class FilesModeIT {

    /** What a sink killed just after its files were renamed, before it committed, throws. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash between rename and commit");
        }
    }

    private static long temporaryFiles(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventwire.testkit.KafkaBackends#names")
    void everyTopicBecomesBulkFilesWithTemplatesBeside(String backend, @TempDir Path out) throws Exception {
        try (TestTopics t = new TestTopics(KafkaBackends.shared(backend).bootstrapServers(), "files")) {
            t.sendEveryKind(50);
            t.send(t.topics.articles(), "broken", "this is not JSON");
            t.flush();

            SinkSummary summary = drain(t.sinkSettings(out.toString()));

            assertEquals(50, summary.documents("eventwire-articles"));
            assertEquals(20, summary.documents("eventwire-sanctions"));
            assertEquals(10, summary.documents("eventwire-market"));
            assertEquals(5, summary.documents("eventwire-consolidated"));
            assertEquals(1L, summary.deletes().get("eventwire-sanctions"));
            assertEquals(1, summary.deadLetters());

            assertEquals(new FolderCompactor.Report(FileOutput.segments(out.resolve("eventwire-articles")).size(),
                    50, 50, 50), FolderCompactor.inspect(out.resolve("eventwire-articles")));
            FolderCompactor.Report sanctions = FolderCompactor.inspect(out.resolve("eventwire-sanctions"));
            assertEquals(21, sanctions.actions());
            assertEquals(19, sanctions.documents(), "the tombstone deleted one");
            Map<String, String> sanctionView = FolderView.of(out.resolve("eventwire-sanctions"));
            assertTrue(sanctionView.containsKey("sanction-3") && sanctionView.get("sanction-3") == null);

            JsonNode article = Json.MAPPER.readTree(FolderView.of(out.resolve("eventwire-articles")).get("article-4"));
            assertEquals("article-4", article.path("id").asText());
            assertEquals("2019-10-05T00:00:00Z", article.path("@timestamp").asText());

            for (String index : List.of("eventwire-articles", "eventwire-sanctions", "eventwire-market",
                    "eventwire-consolidated")) {
                JsonNode template = Json.MAPPER.readTree(out.resolve(FileOutput.TEMPLATES_DIR).resolve(index + ".json")
                        .toFile());
                assertEquals(index + "*", template.path("index_patterns").get(0).asText());
            }
            assertEquals(0, temporaryFiles(out));

            List<DeadLetter> letters = t.readDeadLetters(1);
            assertEquals(1, letters.size());
            DeadLetter letter = letters.get(0);
            assertEquals("index", letter.stage());
            assertEquals(t.topics.articles(), letter.sourceTopic());
            assertEquals("this is not JSON",
                    new String(Base64.getDecoder().decode(letter.originalBase64()), StandardCharsets.UTF_8));
        }
    }

    /**
     * The sink is stopped after a flush renamed its files but before the commit. Restarted, it reads the
     * uncommitted records again, sees from the file names that they are on disk, and writes nothing twice: every
     * record is in exactly one file, every id is there.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventwire.testkit.KafkaBackends#names")
    void aSinkKilledBetweenRenameAndCommitLosesNothingAndWritesNothingTwice(String backend, @TempDir Path out)
            throws Exception {
        int count = 600;
        try (TestTopics t = new TestTopics(KafkaBackends.shared(backend).bootstrapServers(), "crash")) {
            t.sendArticles(0, count);
            t.flush();
            Map<String, String> settings = with(t.sinkSettings(out.toString()), "files.max.bytes", "20000");

            AtomicInteger commits = new AtomicInteger();
            try (SinkRunner sink = new SinkRunner(Settings.of(settings), commit -> offsets -> {
                if (commits.incrementAndGet() == 3) {
                    throw new SimulatedCrash();
                }
                commit.commit(offsets);
            })) {
                assertThrows(SimulatedCrash.class, sink::drain);
            }
            Path articles = out.resolve("eventwire-articles");
            long onDiskAtCrash = FolderCompactor.inspect(articles).actions();
            assertTrue(onDiskAtCrash > 0 && onDiskAtCrash < count, "crashed midway: " + onDiskAtCrash);

            SinkSummary restarted = drain(settings);

            FolderCompactor.Report report = FolderCompactor.inspect(articles);
            assertEquals(count, report.actions(), "no record written twice");
            assertEquals(count, report.distinctIds(), "no id lost");
            assertEquals(count - onDiskAtCrash, restarted.documents("eventwire-articles"),
                    "the restart resumed after what the files hold");
            Set<String> expected = new HashSet<>();
            for (int i = 0; i < count; i++) {
                expected.add("article-" + i);
            }
            assertEquals(expected, FolderView.of(articles).keySet());
            assertEquals(0, drain(settings).totalDocuments(), "everything is committed now");
        }
    }

    /**
     * --from-beginning writes everything again into newer files: applied in order the folder is unchanged, and
     * the compactor brings it back to one action per id, holding the latest version.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.eventwire.testkit.KafkaBackends#names")
    void aReplayFromTheBeginningCompactsToOneActionPerId(String backend, @TempDir Path out) throws Exception {
        try (TestTopics t = new TestTopics(KafkaBackends.shared(backend).bootstrapServers(), "replay")) {
            t.sendSanctions(0, 100);
            for (int i = 0; i < 10; i++) {
                t.send(t.topics.sanctions(), "sanction-" + i, Samples.sanction(i, "planned"));
            }
            t.flush();
            Map<String, String> settings = t.sinkSettings(out.toString());
            assertEquals(110, drain(settings).documents("eventwire-sanctions"));
            Path sanctions = out.resolve("eventwire-sanctions");
            Map<String, String> firstView = FolderView.of(sanctions);

            assertEquals(0, drain(settings).totalDocuments(), "a plain restart writes nothing again");
            assertEquals(110, drain(with(settings, "from.beginning", "true")).documents("eventwire-sanctions"));

            FolderCompactor.Report replayed = FolderCompactor.inspect(sanctions);
            assertEquals(220, replayed.actions());
            assertEquals(100, replayed.distinctIds());
            assertFalse(replayed.unique());
            assertEquals(firstView, FolderView.of(sanctions), "applied in order, the replay changes no document");

            FolderCompactor.Report compacted = FolderCompactor.compact(sanctions);
            assertTrue(compacted.unique());
            assertEquals(100, compacted.documents());
            assertEquals(firstView, FolderView.of(sanctions));
            assertEquals("planned",
                    Json.MAPPER.readTree(FolderView.of(sanctions).get("sanction-7")).path("modality").asText());
        }
    }
}
