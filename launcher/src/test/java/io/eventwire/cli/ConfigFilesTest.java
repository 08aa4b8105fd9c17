package io.eventwire.cli;

import io.eventwire.contracts.config.Settings;
import io.eventwire.ingest.CrawlConfig;
import io.eventwire.processor.topology.PipelineSteps;
import io.eventwire.processor.topology.ProcessorSettings;
import io.eventwire.sink.SinkRunner;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented properties file of each component loads, and states the defaults the code really has. */
class ConfigFilesTest {

    private static Settings load(String name) {
        Path file = DeployFiles.root().resolve("config").resolve(name);
        return Settings.load(Map.of(), Optional.of(file), Map.of(), Map.of());
    }

    @Test
    void theCrawlerFileStatesTheCrawlerDefaults() {
        assertEquals(CrawlConfig.from(Settings.of(Map.of())), CrawlConfig.from(load("crawler.properties")));
    }

    @Test
    void theProcessorFileStatesTheProcessorDefaults() {
        ProcessorSettings fromFile = new ProcessorSettings(load("processor.properties"));
        ProcessorSettings defaults = new ProcessorSettings(Settings.of(Map.of("bootstrap.servers", "localhost:9092")));
        assertEquals(defaults.streamsProperties(), fromFile.streamsProperties());
        assertEquals(defaults.maxBodyChars(), fromFile.maxBodyChars());
        assertEquals(defaults.dedupRetentionDays(), fromFile.dedupRetentionDays());
        PipelineSteps.from(fromFile);
    }

    @Test
    void theSinkFileStatesTheSinkDefaults() {
        Settings fromFile = load("sink.properties");
        SinkRunner.DEFAULTS.forEach((key, value) -> {
            if (fromFile.get(key).isPresent() || !value.isEmpty()) {
                assertEquals(value, fromFile.getOrDefault(key, value), key);
            }
        });
        assertTrue(fromFile.asMap().keySet().stream().allMatch(key -> SinkRunner.DEFAULTS.containsKey(key)),
                "every key of the file is a sink setting: " + fromFile.asMap().keySet());
    }
}
