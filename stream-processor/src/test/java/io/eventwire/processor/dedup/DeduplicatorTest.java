package io.eventwire.processor.dedup;

import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.Duplicate;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeduplicatorTest {

    private static final Instant T0 = Instant.parse("2026-05-05T08:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(30);

    private static final String STORY = """
            The Commerce Department added four camera makers to its export blacklist on Tuesday, saying their \
            equipment had been used in surveillance programmes that violate human rights. Companies on the list \
            need a licence before they can buy American components, and officials said such licences would \
            normally be refused. Shares of the largest of the four fell nine percent in Shenzhen trading on \
            Wednesday, wiping about two billion dollars off its market value. The company said it would study the \
            decision and continue to serve its customers around the world. Analysts expect the move to slow the \
            firms' expansion in Europe, where public buyers are already reviewing their contracts.""";

    private static final String SAME_STORY_OTHER_WORDING = """
            Four Chinese makers of security cameras can no longer buy American parts without permission after \
            Washington put them on a trade blacklist this week. The Commerce Department accused the companies of \
            supplying systems used to watch minority groups. In Shenzhen, the biggest of the four lost nine \
            percent of its value on Wednesday, roughly two billion dollars. A spokesman told reporters the group \
            was assessing the rules and would keep serving clients. Brokers said European contracts could now \
            come under closer scrutiny.""";

    @TempDir
    Path stateDir;

    private DedupDriver driver;
    private DedupVerdict last;

    @BeforeEach
    void start() {
        driver = new DedupDriver(DedupConfig.defaults().withRetention(RETENTION), stateDir);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void theIdsUnderOneBandKeyKeepTheNewestUpToTheCap() {
        assertEquals(List.of("a", "b", "c"), Deduplicator.appended(List.of("a", "b"), "c", 3));
        assertEquals(List.of("b", "c", "d"), Deduplicator.appended(List.of("a", "b", "c"), "d", 3));
        assertEquals(List.of("x"), Deduplicator.appended(List.of(), "x", 3));
        List<String> crowded = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            crowded = Deduplicator.appended(crowded, "article-" + i, Deduplicator.MAX_IDS_PER_BAND_KEY);
        }
        assertEquals(Deduplicator.MAX_IDS_PER_BAND_KEY, crowded.size());
        assertEquals("article-4999", crowded.get(crowded.size() - 1));
        assertTrue(IdListSerde.encode(crowded).length < 100_000, "a band key's value stays far below 1 MB");
    }

    @Test
    void firstCopyIsUniqueWithItsSimHashAndAnExactCopyIsADuplicateOfIt() {
        Article original = send("a1", "https://one.example/story", STORY, T0);
        assertEquals(original.id(), unique().id());

        send("a2", "https://two.example/copy", "  " + STORY.toUpperCase() + " ", T0.plusSeconds(60));
        Duplicate duplicate = duplicate();
        assertEquals("a2", duplicate.id());
        assertEquals("a1", duplicate.duplicateOf());
        assertEquals("https://one.example/story", duplicate.duplicateOfUrl());
        assertEquals(Duplicate.EXACT, duplicate.method());
        assertEquals(0, duplicate.distance());
    }

    @Test
    void uniqueArticleCarriesItsSimHash() {
        send("a1", "https://one.example/story", STORY, T0);
        Article unique = unique();
        assertEquals(new Fingerprinter(DedupConfig.defaults()).fingerprint(STORY).simHash(), unique.simhash());
    }

    @Test
    void syndicatedCopyWithBoilerplateIsANearDuplicate() {
        send("a1", "https://one.example/story", STORY, T0);
        unique();
        String copy = "Reporting by our correspondent. " + STORY.replace("Tuesday", "Monday")
                + " Sign up for our newsletter to get the day's top stories.";
        send("a2", "https://two.example/syndicated", copy, T0.plusSeconds(3600));
        Duplicate duplicate = duplicate();
        assertEquals("a1", duplicate.duplicateOf());
        assertEquals(Duplicate.NEAR, duplicate.method());
        assertTrue(duplicate.similarity() >= DedupConfig.defaults().minSimilarity(), duplicate.toString());
        Fingerprinter fingerprinter = new Fingerprinter(DedupConfig.defaults());
        assertEquals(TextFingerprint.hammingDistance(fingerprinter.fingerprint(STORY).simHash(),
                fingerprinter.fingerprint(copy).simHash()), duplicate.distance());
    }

    @Test
    void differentArticleOnTheSameStoryIsNotADuplicate() {
        send("a1", "https://one.example/story", STORY, T0);
        unique();
        send("a2", "https://two.example/other", SAME_STORY_OTHER_WORDING, T0.plusSeconds(60));
        assertEquals("a2", unique().id());
    }

    @Test
    void replayOfTheSameIdIsUniqueAgainAndItsCopyStillPointsToIt() {
        send("a1", "https://one.example/story", STORY, T0);
        Article first = unique();
        send("a1", "https://one.example/story", STORY, T0.plusSeconds(600));
        assertEquals(first, unique());

        send("a2", "https://two.example/copy", STORY, T0.plusSeconds(700));
        Duplicate firstVerdict = duplicate();
        send("a2", "https://two.example/copy", STORY, T0.plusSeconds(800));
        assertEquals(firstVerdict, duplicate());
    }

    @Test
    void changedTextUnderTheSameIdReplacesItsOwnFingerprint() {
        send("a1", "https://one.example/story", STORY, T0);
        unique();
        send("a1", "https://one.example/story", SAME_STORY_OTHER_WORDING, T0.plusSeconds(60));
        unique();
        // The first text is no longer anyone's fingerprint: it is unique again under another id.
        send("a2", "https://two.example/story", STORY, T0.plusSeconds(120));
        assertEquals("a2", unique().id());
        assertEquals(1, count(Deduplicator.EXACT_STORE, "a1"));
    }

    @Test
    void originalsSharingBandKeysAreBothIndexedAndLeaveThemOneByOne() {
        driver.close();
        // Strict enough that a one-word edit is a second original rather than a duplicate: both share bands.
        driver = new DedupDriver(DedupConfig.defaults().withRetention(RETENTION).withMinSimilarity(0.99), stateDir);
        send("a1", "https://one.example/story", STORY, T0);
        unique();
        send("a2", "https://two.example/edited", STORY.replace("Tuesday", "Monday"), T0.plusSeconds(60));
        unique();
        int bands = DedupConfig.defaults().bands();
        assertEquals(bands, count(Deduplicator.BANDS_STORE, "a1"));
        assertEquals(bands, count(Deduplicator.BANDS_STORE, "a2"));
        assertTrue(keysHoldingBoth("a1", "a2") > 0);

        send("a1", "https://one.example/story", SAME_STORY_OTHER_WORDING, T0.plusSeconds(120));
        unique();
        assertEquals(0, keysHoldingBoth("a1", "a2"));
        assertEquals(bands, count(Deduplicator.BANDS_STORE, "a2"));
        send("a3", "https://three.example/copy", STORY.replace("Tuesday", "Monday"), T0.plusSeconds(180));
        assertEquals("a2", duplicate().duplicateOf());
    }

    @Test
    void textsTooShortToCompareAreNeitherDuplicatesNorOriginals() {
        send("a1", "https://one.example/empty", "", T0);
        unique();
        send("a2", "https://two.example/empty", "", T0.plusSeconds(1));
        assertEquals("a2", unique().id());
        send("a3", "https://three.example/video", "Video.", T0.plusSeconds(2));
        send("a4", "https://four.example/video", "Video.", T0.plusSeconds(3));
        assertEquals("a4", unique().id());
    }

    @Test
    void aVerdictIsEitherUniqueOrDuplicate() {
        assertThrows(IllegalArgumentException.class, () -> new DedupVerdict(null, null));
    }

    @Test
    void originalOlderThanTheRetentionIsIgnoredAndPurged() {
        send("a1", "https://one.example/story", STORY, T0);
        unique();
        send("a2", "https://two.example/copy", STORY, T0.plus(RETENTION).plusSeconds(1));
        assertEquals("a2", unique().id());
        KeyValueStore<String, SeenArticle> articles = driver.store(Deduplicator.ARTICLES_STORE);
        assertNull(articles.get("a1"), "the punctuator purges what has expired");
        assertEquals(0, count(Deduplicator.EXACT_STORE, "a1") + count(Deduplicator.BANDS_STORE, "a1"));
    }

    /** How often {@code id} is a value of the exact store, or one of a value's ids in the bands store. */
    private long count(String store, String id) {
        KeyValueStore<String, Object> kv = driver.store(store);
        long n = 0;
        try (var all = kv.all()) {
            while (all.hasNext()) {
                Object value = all.next().value;
                List<?> ids = value instanceof List<?> list ? list : List.of(value);
                n += ids.stream().filter(id::equals).count();
            }
        }
        return n;
    }

    private long keysHoldingBoth(String id, String other) {
        KeyValueStore<String, List<String>> kv = driver.store(Deduplicator.BANDS_STORE);
        long n = 0;
        try (var all = kv.all()) {
            while (all.hasNext()) {
                List<String> ids = all.next().value;
                n += ids.contains(id) && ids.contains(other) ? 1 : 0;
            }
        }
        return n;
    }

    private Article send(String id, String url, String text, Instant at) {
        Article article = DedupDriver.article(id, url, text);
        last = driver.send(article, at);
        return article;
    }

    private Article unique() {
        assertNotNull(last.unique(), () -> "expected unique, got " + last);
        assertNotNull(last.unique().simhash());
        return last.unique();
    }

    private Duplicate duplicate() {
        assertNotNull(last.duplicate(), () -> "expected a duplicate, got " + last);
        return last.duplicate();
    }
}
