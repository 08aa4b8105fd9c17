package io.eventwire.processor.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.serde.Json;
import io.eventwire.testkit.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality gate of main-text extraction: the 60 pages of {@code ../shared/text-extraction}, run through
 * the same report {@code eventwire extract-text} prints, scored as textscore.py scores them.
 */
class TextExtractionQualityTest {

    /** The bar set for the normalize step; the figures of known extractors are in the set's README. */
    private static final double MIN_F1 = 0.96;

    @Test
    void mainTextF1OnTheDevelopmentPagesIsAtLeastTheBar() throws IOException {
        Path set = SharedData.require("text-extraction");
        JsonNode gold = Json.MAPPER.readTree(Files.readAllBytes(set.resolve("ground-truth.json")));

        TextExtractionReport.Result result = new TextExtractionReport().extract(List.of(set.resolve("html")));

        ShingleScore score = new ShingleScore();
        gold.properties().forEach(page -> score.add(page.getValue().path("articleBody").asText(""),
                result.bodies().getOrDefault(page.getKey(), "")));
        System.out.printf("text-extraction: %d pages, precision %.3f, recall %.3f, F1 %.3f%n",
                gold.size(), score.precision(), score.recall(), score.f1());
        assertEquals(List.of(), result.failures());
        assertTrue(score.f1() >= MIN_F1, "F1 " + score.f1() + " is under " + MIN_F1);
    }

    @Test
    void theJavaScoreAgreesWithTextscoreOnSmallCases() {
        ShingleScore score = new ShingleScore();
        score.add("one two three four five", "one two three four five");
        assertEquals(1.0, score.f1(), 1e-9);

        ShingleScore half = new ShingleScore();
        half.add("a b c d e f", "a b c d x y");
        // gold shingles: abcd bcde cdef; predicted: abcd bcdx cdxy -> tp 1, fp 2, fn 2
        assertEquals(1.0 / 3, half.precision(), 1e-9);
        assertEquals(1.0 / 3, half.recall(), 1e-9);

        assertEquals(Map.of(List.of("短", "句"), 1), ShingleScore.shingles("短 句"));
        assertEquals(Map.of(List.of("中文没有空格的一句话"), 1), ShingleScore.shingles("中文没有空格的一句话。"));
    }
}
