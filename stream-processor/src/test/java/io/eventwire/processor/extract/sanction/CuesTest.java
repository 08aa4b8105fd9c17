package io.eventwire.processor.extract.sanction;

import io.eventwire.processor.RandomTexts;
import io.eventwire.processor.WholePatterns;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CuesTest {

    /**
     * Gated branch by branch, the hedges and the plans are found where their whole patterns find them: random
     * sentences of their words, near misses glued to letters, and the words the German "soll" must not precede.
     */
    @Test
    void hedgesAndPlansAreThoseOfTheWholePatterns() {
        String[] words = {"reportedly", "according to", "people", "sources", "reports", "familiar with the", "matter",
                "plans", "sources said", "is", "were", "said to", "rumours", "rumored", "unconfirmed", "unnamed officials",
                "Berichten zufolge", "laut", "einem", "Bericht", "Medienberichten", "Insidern zufolge", "angeblich",
                "soll", "sollen", "nun", "künftig", "Gerüchte", "据", "报道", "报导", "称", "援引", "知情人士", "消息人士",
                "传闻", "据悉", "plan to", "planned", "prepare", "preparing", "new", "considering", "weighs", "mulled",
                "threatens", "proposal", "draft", "could", "might", "would", "may", "is set to", "intends to", "possible",
                "if", "will", "erwägt", "prüft", "plant", "geplante", "droht", "wollen", "könnten", "kann", "würde",
                "Vorschlag", "beabsichtigt", "wenn", "falls", "mögliche", "拟", "准备", "考虑", "计划", "可能", "威胁",
                "一旦", "如果", "倘若", "据传", "sanctions", "制裁", "ban", "x", "s", ",", "，", "-", " "};
        int compared = 0;
        for (var gated : List.of(Cues.REPORTED, Cues.PLANNED)) {
            compared += WholePatterns.assertGatedMatchesAreTheWholePatterns(gated,
                    RandomTexts.of(words, 61, 5_000, 1, 10, true));
        }
        assertTrue(compared > 10_000, "the random texts must exercise the cues: " + compared);
    }
}
