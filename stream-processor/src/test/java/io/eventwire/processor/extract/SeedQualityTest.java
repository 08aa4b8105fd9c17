package io.eventwire.processor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.record.Event;
import io.eventwire.contracts.serde.Json;
import io.eventwire.testkit.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extraction quality on the five seed articles against the hand-annotated gold events of {@code ../shared/eval}
 * (skipped, saying so, where {@code ../shared} is absent), through the topology's own steps
 * ({@link GoldScorer#scoreFiles}). Prints P/R/F1 per type; sanction F1 must reach 0.90 and market F1 0.85.
 */
class SeedQualityTest {

    @Test
    void seedEventsMatchTheGold() throws IOException {
        Path seeds = SharedData.require("seeds");
        Path goldFile = SharedData.require("eval/seeds-gold.jsonl");
        JsonNode entities = Json.MAPPER.readTree(SharedData.require("eval/entities.json").toFile());
        Map<String, GoldScorer.Counts> scores = new GoldScorer(entities)
                .scoreFiles(ArticleFiles.expand(List.of(seeds)), goldFile);
        scores.forEach((type, counts) -> System.out.printf("seed quality %-8s %s%n", type, counts));

        GoldScorer.Counts sanctions = scores.get(Event.TYPE_SANCTION);
        assertTrue(sanctions.f1() >= 0.90, "sanction F1 " + sanctions);
        GoldScorer.Counts markets = scores.get(Event.TYPE_MARKET);
        assertTrue(markets.f1() >= 0.85, "market F1 " + markets);
    }
}
