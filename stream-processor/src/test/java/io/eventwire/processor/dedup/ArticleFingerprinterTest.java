package io.eventwire.processor.dedup;

import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.serde.InvalidRecordException;
import io.eventwire.contracts.serde.Serdes;
import io.eventwire.processor.topology.PipelineTopology;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleFingerprinterTest {

    private static final DedupConfig CONFIG = DedupConfig.defaults();
    private static final String STORY = "The Commerce Department added four camera makers to its export blacklist on "
            + "Tuesday, saying their equipment had been used in surveillance programmes that violate human rights.";

    private final ArticleFingerprinter fingerprinter = new ArticleFingerprinter(CONFIG);

    private static Article article(String text, String contentHash) {
        return new Article(Article.SCHEMA, "a1", "https://one.example/a", "https://one.example/a", "one.example",
                "Headline", null, null, null, "en", 0.99, text, contentHash, null, "test");
    }

    @Test
    void theArticleLeavesWithTheSimHashAndContentHashTheDedupTaskUsedToAdd() {
        TextFingerprint expected = new Fingerprinter(CONFIG).fingerprint(STORY);
        FingerprintedArticle out = fingerprinter.fingerprint(article(STORY, null));
        assertEquals(expected.simHash(), out.article().simhash());
        assertEquals(expected.exactKey(), out.article().contentHash(), "the exact key where the normalizer left none");
        assertEquals("kept", fingerprinter.fingerprint(article(STORY, "kept")).article().contentHash());
        assertEquals(STORY, out.article().text());
    }

    @Test
    void bandKeysAreTheRulesOnesAndNoneForATextTooShortToCompare() {
        FingerprintedArticle story = fingerprinter.fingerprint(article(STORY, null));
        NearDuplicateRule rule = new NearDuplicateRule(CONFIG, new Fingerprinter(CONFIG));
        assertEquals(CONFIG.bands(), story.bandKeys().size());
        assertEquals(rule.bandKeys(story.fingerprint()), story.bandKeys());
        assertTrue(fingerprinter.fingerprint(article("Video.", null)).bandKeys().isEmpty());
    }

    @Test
    void itCrossesTheDedupInputTopicUnchanged() {
        FingerprintedArticle sent = fingerprinter.fingerprint(article(STORY, null));
        byte[] bytes = PipelineTopology.DEDUP_INPUT.serializer().serialize("dedup-input", sent);
        FingerprintedArticle read = PipelineTopology.DEDUP_INPUT.deserializer().deserialize("dedup-input", bytes);
        assertEquals(sent.article(), read.article());
        assertEquals(sent.bandKeys(), read.bandKeys());
        assertEquals(sent.fingerprint().exactKey(), read.fingerprint().exactKey());
        assertEquals(sent.fingerprint().simHash(), read.fingerprint().simHash());
        assertEquals(sent.fingerprint().shingles(), read.fingerprint().shingles());
        assertArrayEquals(sent.fingerprint().minHash(), read.fingerprint().minHash());
    }

    @Test
    void aRecordWithoutFingerprintIsRefusedWhenReadNotWhenDeduplicated() {
        // What the topic held before the fingerprint step existed: a bare article. It must become a dead letter
        // with a reason, not a NullPointerException inside the dedup task.
        byte[] bareArticle = Serdes.article().serializer().serialize("dedup-input", article(STORY, null));
        assertThrows(InvalidRecordException.class,
                () -> PipelineTopology.DEDUP_INPUT.deserializer().deserialize("dedup-input", bareArticle));
    }
}
