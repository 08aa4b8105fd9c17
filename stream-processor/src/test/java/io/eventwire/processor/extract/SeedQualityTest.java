package io.eventwire.processor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.Event;
import io.eventwire.contracts.serde.Json;
import io.eventwire.processor.extract.entity.Gazetteer;
import io.eventwire.processor.normalize.Normalizer;
import io.eventwire.testkit.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extraction quality on the five seed articles against the hand-annotated gold events of {@code ../shared/eval}
 * (skipped, saying so, where {@code ../shared} is absent). Prints P/R/F1 per type. Sanction F1 must reach 0.90;
 * market F1 0.85 is asserted only when a market-event extractor is installed
 * ({@link MarketEventExtractor#installed()}): without one there is nothing to measure.
 */
class SeedQualityTest {

    @Test
    void seedEventsMatchTheGold() throws IOException {
        Path seeds = SharedData.require("seeds");
        Path goldFile = SharedData.require("eval/seeds-gold.jsonl");
        JsonNode entities = Json.MAPPER.readTree(SharedData.require("eval/entities.json").toFile());
        Optional<MarketEventExtractor> market = MarketEventExtractor.installed();
        EventExtractor extractor = new EventExtractor(Gazetteer.defaults(), market.orElse(context -> List.of()));
        Normalizer normalizer = new Normalizer();

        List<GoldScorer.Prediction> predictions = new ArrayList<>();
        for (Path file : ArticleFiles.expand(List.of(seeds))) {
            Article article = normalizer.normalize(ArticleFiles.read(file));
            ExtractedEvents events = extractor.extract(article);
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
        if (market.isPresent()) {
            GoldScorer.Counts markets = scores.get(Event.TYPE_MARKET);
            assertTrue(markets.f1() >= 0.85, "market F1 " + markets);
        } else {
            System.out.println("seed quality market: no market-event extractor installed; market F1 not asserted");
        }
    }
}
