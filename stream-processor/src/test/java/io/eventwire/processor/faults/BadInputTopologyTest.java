package io.eventwire.processor.faults;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.files.Directories;
import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.record.Duplicate;
import io.eventwire.contracts.serde.Serdes;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.processor.topology.PipelineSteps;
import io.eventwire.processor.topology.PipelineTopology;
import io.eventwire.processor.topology.ProcessorSettings;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input through the whole topology (TopologyTestDriver, exactly-once settings, the real DLQ handlers):
 * each hostile record ends as exactly one clean article (or duplicate) or one {@code news.dlq} record with
 * a stage and a reason; the stream never throws, and no record takes longer than a generous bound (a stall
 * or an endless loop fails the test with the record's name instead of hanging the build).
 *
 * <p>{@code -Deventwire.fuzz.mutations=N} and {@code -Deventwire.fuzz.seed=S} widen the random part (the
 * soak profile runs thousands); the fates are written to {@code target/bad-input-fates.txt} for RELIABILITY.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTopologyTest {

    private static final Topics TOPICS = new Topics("fuzz.");
    /** Far above any honest record's time even on a loaded 2-core machine; only a stall reaches it. */
    private static final Duration PER_RECORD_BOUND = Duration.ofSeconds(
            Long.getLong("eventwire.fuzz.record-bound-seconds", 120));

    private Path stateDir;
    private ProcessorSettings settings;
    private PipelineSteps steps;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private final Map<String, String> fates = new TreeMap<>();

    @BeforeAll
    void start() throws IOException {
        stateDir = Files.createTempDirectory("bad-input-state");
        settings = new ProcessorSettings(Settings.of(Map.of(
                "bootstrap.servers", "unused:9092", "topic.prefix", TOPICS.prefix(),
                "state.dir", stateDir.toString())));
        steps = PipelineSteps.from(settings);
        newDriver();
    }

    /** A fresh driver: at the start, and after a stalled record (its thread still holds the old one). */
    private void newDriver() throws IOException {
        // A state directory of its own: a stalled driver's thread still holds the locks of the old one.
        java.util.Properties props = settings.streamsProperties();
        props.put(org.apache.kafka.streams.StreamsConfig.STATE_DIR_CONFIG,
                Files.createTempDirectory(stateDir, "driver").toString());
        driver = new TopologyTestDriver(PipelineTopology.build(TOPICS, steps), props);
        raw = driver.createInputTopic(TOPICS.raw(), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    void stop() throws IOException {
        driver.close();
        Directories.deleteQuietly(stateDir);
        StringBuilder report = new StringBuilder();
        fates.forEach((name, fate) -> report.append(name).append(" -> ").append(fate).append('\n'));
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("bad-input-fates.txt"), report);
        }
    }

    static Stream<BadInputs.Case> catalogue() {
        return BadInputs.catalogue().stream();
    }

    static Stream<BadInputs.Case> mutations() {
        return BadInputs.mutations(Long.getLong("eventwire.fuzz.seed", 7_000L),
                Integer.getInteger("eventwire.fuzz.mutations", 150)).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachCatalogueInputEndsAsOneArticleOrOneDeadLetterUnderItsKey(BadInputs.Case input) {
        Fate fate = run(input);
        String articleId = Ids.articleId(input.key());
        if (fate.letter != null) {
            assertEquals(input.key(), fate.letter.originalKey(), "the dead letter names the input's key");
        } else {
            assertEquals(articleId, fate.outputKey, "the article is keyed by the id of the input's url");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void eachMutatedInputEndsAsOneArticleOrOneDeadLetter(BadInputs.Case input) {
        run(input);
    }

    /** Pipes one record, then checks that exactly one outcome of it left the topology. */
    private Fate run(BadInputs.Case input) {
        long started = System.nanoTime();
        try {
            assertTimeoutPreemptively(PER_RECORD_BOUND, () -> raw.pipeInput(input.key(), input.value()),
                    () -> input + " took longer than " + PER_RECORD_BOUND + ": a stalled step");
        } catch (AssertionError stalled) {
            fates.put(input.toString(), "STALLED (over " + PER_RECORD_BOUND + ")");
            try {
                newDriver();
            } catch (IOException e) {
                stalled.addSuppressed(e);
            }
            throw stalled;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        List<KeyValue<String, Article>> articles = drain(TOPICS.articles(), Serdes.article());
        List<KeyValue<String, Duplicate>> duplicates = drain(TOPICS.duplicates(), Serdes.duplicate());
        List<KeyValue<String, DeadLetter>> letters = drain(TOPICS.deadLetters(), Serdes.deadLetter());
        drain(TOPICS.sanctions(), Serdes.sanctionEvent());
        drain(TOPICS.market(), Serdes.marketEvent());

        List<DeadLetter> rawLetters = new ArrayList<>();
        List<DeadLetter> laterLetters = new ArrayList<>();
        letters.forEach(letter -> (TOPICS.raw().equals(letter.value.sourceTopic()) ? rawLetters : laterLetters)
                .add(letter.value));
        assertTrue(laterLetters.isEmpty(), input + ": an accepted article failed in a later step: " + laterLetters);
        if (articles.isEmpty() && duplicates.isEmpty() && rawLetters.isEmpty()) {
            // TopologyTestDriver does not send the records a deserialization handler returns (see
            // PipelineTopologyTest); such a record must then be one the RawArticle serde refuses, and
            // BadInputPipelineIT follows it into news.dlq on a real broker.
            Exception refused = assertThrows(Exception.class,
                    () -> Serdes.rawArticle().deserializer().deserialize(TOPICS.raw(), input.value()),
                    input + ": no outcome, yet the value deserializes");
            fates.put(input.toString(), "news.dlq stage=deserialize reason=" + abbreviate(String.valueOf(
                    refused.getMessage())) + " in " + millis + " ms");
            return new Fate(null, new DeadLetter(DeadLetter.SCHEMA, "deserialize", refused.getClass().getName(),
                    refused.getMessage(), TOPICS.raw(), 0, null, input.key(), null, null), "deserialize");
        }
        int outcomes = articles.size() + duplicates.size() + rawLetters.size();
        assertEquals(1, outcomes, input + ": exactly one outcome, got articles " + articles.size() + ", duplicates "
                + duplicates.size() + ", dead letters " + rawLetters.size());

        Fate fate;
        if (!rawLetters.isEmpty()) {
            DeadLetter letter = rawLetters.get(0);
            assertFalse(letter.stage() == null || letter.stage().isBlank(), input + ": the dead letter has a stage");
            assertFalse(letter.errorMessage() == null || letter.errorMessage().isBlank(),
                    input + ": the dead letter gives a reason");
            fate = new Fate(null, letter, "news.dlq stage=" + letter.stage() + " reason=" + abbreviate(letter.errorMessage()));
        } else if (!articles.isEmpty()) {
            Article article = articles.get(0).value;
            assertFalse(article.text() == null || article.text().isBlank(), input + ": an article has text");
            fate = new Fate(articles.get(0).key, null, "news.articles (" + article.text().length() + " chars, language "
                    + article.language() + ")");
        } else {
            fate = new Fate(duplicates.get(0).key, null, "news.duplicates (" + duplicates.get(0).value.method() + ")");
        }
        fates.put(input.toString(), fate.summary + " in " + millis + " ms");
        return fate;
    }

    private <V> List<KeyValue<String, V>> drain(String topic, io.eventwire.contracts.serde.JsonSerde<V> serde) {
        return driver.createOutputTopic(topic, new StringDeserializer(), serde.deserializer()).readKeyValuesToList();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 140 ? oneLine.substring(0, 140) + "…" : oneLine;
    }

    private record Fate(String outputKey, DeadLetter letter, String summary) {
    }
}
