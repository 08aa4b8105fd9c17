package io.eventwire.contracts.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettingsTest {

    @Test
    void laterLayersWin(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("processor.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\ntopic.prefix=file.\nstate.dir=/file\n");
        Settings settings = Settings.load(
                Map.of("bootstrap.servers", "default:9092", "threads", "1"),
                Optional.of(file),
                Map.of("EVENTWIRE_TOPIC_PREFIX", "env.", "PATH", "/usr/bin"),
                Map.of("state.dir", "/flag"));
        assertEquals("file:9092", settings.require("bootstrap.servers"));
        assertEquals("env.", settings.require("topic.prefix"));
        assertEquals("/flag", settings.require("state.dir"));
        assertEquals(1, settings.getInt("threads", 9));
        assertEquals(Optional.empty(), settings.get("path"));
    }

    @Test
    void prefixedKeysPassThroughToClients() {
        Settings settings = Settings.of(Map.of("kafka.security.protocol", "SASL_SSL", "kafka.sasl.mechanism", "PLAIN",
                "es.url", "http://x"));
        assertEquals(Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN"), settings.withPrefix("kafka."));
    }

    @Test
    void aBadNumberSaysWhichSetting() {
        Settings settings = Settings.of(Map.of("threads", "two"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> settings.getInt("threads", 1));
        assertEquals("setting threads is not a number: two", error.getMessage());
    }
}
