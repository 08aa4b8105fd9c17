package io.eventwire.processor.dedup;

import io.eventwire.contracts.config.Settings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DedupConfigTest {

    @Test
    void settingsOverrideTheDefaults() {
        DedupConfig config = DedupConfig.from(Settings.of(Map.of("dedup.retention.days", "7",
                "dedup.min.similarity", "0.6", "dedup.lsh.bands", "20", "dedup.lsh.rows", "5")));
        assertEquals(Duration.ofDays(7), config.retention());
        assertEquals(0.6, config.minSimilarity());
        assertEquals(100, config.minHashComponents());
        assertEquals(DedupConfig.defaults(), DedupConfig.from(Settings.of(Map.of())));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DedupConfig.defaults().withMinSimilarity(1.5));
        assertThrows(IllegalArgumentException.class, () -> DedupConfig.defaults().withRetention(Duration.ZERO));
    }
}
