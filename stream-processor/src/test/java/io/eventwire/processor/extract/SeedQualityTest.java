package io.eventwire.processor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.record.Event;
import io.eventwire.contracts.serde.Json;
import io.eventwire.processor.topology.PipelineSteps;
import io.eventwire.testkit.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extraction quality on the five seed articles against the hand-annotated gold events of {@code ../shared/eval}
 * (skipped, saying so, where {@code ../shared} is absent), through the topology's own steps
 * ({@link PipelineSteps}). Prints P/R/F1 per type; sanction F1 must reach 0.90 and market F1 0.85.
 */
class SeedQualityTest {

    @Test
    void seedEventsMatchTheGold() throws IOException {
        Path seeds = SharedData.require("seeds");
        Path goldFile = SharedData.require("eval/seeds-gold.jsonl");
        JsonNode entities = Json.MAPPER.readTree(SharedData.require("eval/entities.json").toFile());
        PipelineSteps steps = PipelineSteps.defaults();

        List<GoldScorer.Prediction> predictions = new ArrayList<>();
        for (Path file : ArticleFiles.expand(List.of(seeds))) {
            ExtractedEvents events = steps.eventExtractor().extract(steps.article(ArticleFiles.read(file)));
            String name = GoldScorer.stem(file.getFileName().toString());
            events.sanctions().forEach(e -> predictions.add(new GoldScorer.Prediction(name, e)));
            events.markets().forEach(e -> predictions.add(new GoldScorer.Prediction(name, e)));
        }
        List<JsonNode> gold = new ArrayList<>();
        for (String line : Files.readAllLines(goldFile)) {
            if (!line.isBlank()) {
                gold.add(Json.MAPPER.readTree(line));
            }
        }
        Map<String, GoldScorer.Counts> scores = new GoldScorer(entities).score(gold, predictions);
        scores.forEach((type, counts) -> System.out.printf("seed quality %-8s %s%n", type, counts));

        GoldScorer.Counts sanctions = scores.get(Event.TYPE_SANCTION);
        assertTrue(sanctions.f1() >= 0.90, "sanction F1 " + sanctions);
        GoldScorer.Counts markets = scores.get(Event.TYPE_MARKET);
        assertTrue(markets.f1() >= 0.85, "market F1 " + markets);
    }
}
