package io.eventwire.cli;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.processor.topology.ProcessorSettings;
import io.eventwire.sink.SinkRunner;
import io.eventwire.sink.files.FolderCompactor;
import io.eventwire.testkit.KafkaBackend;
import io.eventwire.testkit.KafkaBackends;
import io.eventwire.testkit.Records;
import io.eventwire.testkit.TestInput;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Process, upgrade the extractor (a screening list adds an organisation the built-in gazetteer does not know),
 * replay: the same things keep their ids, what the upgrade found is added, and the sink's files hold no
 * doubled {@code _id} once compacted.
 */
class ReplayIT {

    /** A made-up company: only the screening list of the "upgrade" knows it. */
    private static final String NEWCOMER = "Nordwind Photonics";

    private static final String[] STORIES = {
            "The U.S. Commerce Department added Hikvision to the Entity List on Oct. 7, 2019, cutting it off "
                    + "from American suppliers, officials said. The company called the decision unfounded and "
                    + "said it would keep serving its customers around the world.",
            "The Treasury Department froze the assets of " + NEWCOMER + " on March 3, 2024, accusing the "
                    + "optics maker of supplying sanctioned buyers. The firm denied wrongdoing in a statement.",
            "Regulators said on Tuesday that they were still reviewing the merger of two regional banks. "
                    + "A decision is expected next month after a public consultation closes."};

    @Test
    void aReplayAfterAnUpgradeKeepsIdsAndDoublesNothing(@TempDir Path dir) throws Exception {
        KafkaBackend kafka = KafkaBackends.shared("embedded");
        Topics topics = new Topics("replay-it.");
        TopicCreator.createMissing(kafka.bootstrapServers(), topics.all());
        produceStories(kafka.bootstrapServers(), topics);

        Map<String, String> base = new HashMap<>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "topic.prefix", topics.prefix(), "application.id", "replay-it",
                "state.dir", dir.resolve("state").toString()));
        Path out = dir.resolve("out");

        ReplayCommand.replay(new ProcessorSettings(Settings.of(base)), Optional.empty(), true, Duration.ofMinutes(3));
        sink(kafka.bootstrapServers(), topics, out);
        Set<String> before = sanctionIds(kafka, topics);
        assertFalse(before.isEmpty(), "the Entity List addition is found before the upgrade");
        assertTrue(sanctions(kafka, topics).stream().noneMatch(event -> mentions(event, NEWCOMER)));

        Path screeningList = dir.resolve("csl.csv");
        Files.writeString(screeningList, "name,alt_names,source,country\n"
                + NEWCOMER + ",Nordwind,Specially Designated Nationals (SDN) - Treasury Department,DE\n");
        Map<String, String> upgraded = new HashMap<>(base);
        upgraded.put("gazetteer.files", screeningList.toString());
        ReplayCommand.replay(new ProcessorSettings(Settings.of(upgraded)), Optional.empty(), true,
                Duration.ofMinutes(3));
        sink(kafka.bootstrapServers(), topics, out);

        Set<String> after = sanctionIds(kafka, topics);
        assertTrue(after.containsAll(before), "what was found before keeps its ids: " + before + " vs " + after);
        assertTrue(sanctions(kafka, topics).stream().anyMatch(event -> mentions(event, NEWCOMER)),
                "the upgrade finds the asset freeze of the newcomer");

        for (String index : List.of("eventwire-articles", "eventwire-sanctions", "eventwire-market")) {
            Path folder = out.resolve(index);
            if (Files.isDirectory(folder)) {
                FolderCompactor.Report report = FolderCompactor.compact(folder);
                assertTrue(report.unique(), index + " holds one action per _id after compaction: " + report);
            }
        }
        assertEquals(3, FolderCompactor.inspect(out.resolve("eventwire-articles")).documents(),
                "three articles, however often they were replayed");
        assertEquals(after.size(), FolderCompactor.inspect(out.resolve("eventwire-sanctions")).documents());
    }

    private static void produceStories(String bootstrap, Topics topics) {
        List<Map.Entry<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < STORIES.length; i++) {
            String url = "https://wire.example/story-" + i;
            String body = "---\ntitle: Story " + i + "\ndate: 2024-03-05\n---\n\n" + STORIES[i] + "\n";
            RawArticle raw = new RawArticle(RawArticle.SCHEMA, url, url, "wire.example", "2024-03-05T10:00:00Z",
                    200, "text/markdown", "UTF-8", "header", null, null, Ids.sha256(body), body);
            records.add(Map.entry(url, Json.toBytes(raw)));
        }
        TestInput.send(bootstrap, topics.raw(), records);
    }

    private static void sink(String bootstrap, Topics topics, Path out) {
        try (SinkRunner sink = new SinkRunner(Settings.of(Map.of("bootstrap.servers", bootstrap,
                "topic.prefix", topics.prefix(), "out.dir", out.toString(), "group.id", "replay-it-sink")))) {
            sink.drain();
        }
    }

    private static List<SanctionEvent> sanctions(KafkaBackend kafka, Topics topics) {
        return Records.readCommitted(kafka.bootstrapServers(), topics.sanctions(), 1, Duration.ofSeconds(10))
                .stream().map(ConsumerRecord::value).map(bytes -> Json.fromBytes(bytes, SanctionEvent.class)).toList();
    }

    private static Set<String> sanctionIds(KafkaBackend kafka, Topics topics) {
        return sanctions(kafka, topics).stream().map(SanctionEvent::id).collect(Collectors.toSet());
    }

    private static boolean mentions(SanctionEvent event, String name) {
        return event.targets().stream().anyMatch(target -> target.name().equalsIgnoreCase(name));
    }
}
