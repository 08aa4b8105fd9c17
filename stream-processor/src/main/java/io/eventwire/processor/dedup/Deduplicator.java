package io.eventwire.processor.dedup;

import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.Duplicate;
import io.eventwire.contracts.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dedup step: each article is either unique (forwarded as it came, with its SimHash) or a duplicate of a
 * unique article seen within the retention, exact (same normalized text) or near (similar shingle sets). Its
 * input comes fingerprinted ({@link ArticleFingerprinter}, upstream and in parallel): this processor runs as one
 * task for the whole stream, so it does nothing but look up and write its stores.
 *
 * <p>State, in three persistent stores: every article seen, by id ({@link #ARTICLES_STORE}); unique articles
 * by exact key ({@link #EXACT_STORE}); the ids of the unique articles under each LSH band key ({@link
 * #BANDS_STORE}, so one band's candidates are one point read, which RocksDB's bloom filters keep cheap however
 * large the state grows, where a prefix scan seeks into every sorted run). Only unique articles are indexed, so
 * a copy of a copy points to the first copy.
 *
 * <p>Replays: an article id arriving again with the same text gets the verdict it got the first time; with a
 * changed text its old fingerprints are removed before it is judged again, so it never matches itself.
 *
 * <p>Time is record time (stream time), not wall-clock time, so that replaying a topic gives the same verdicts.
 * The detector sees only the articles of its own task: for detection across the whole stream the input topic
 * must have one partition or be repartitioned on a constant key.
 */
public final class Deduplicator implements FixedKeyProcessor<String, FingerprintedArticle, DedupVerdict> {

    public static final String ARTICLES_STORE = "dedup-articles";
    public static final String EXACT_STORE = "dedup-exact";
    /** Named anew when its values became id lists: the old name's changelog holds one id per key. */
    public static final String BANDS_STORE = "dedup-lsh-postings";
    /** At most this many ids under one band key: ~40 KB a value with 32-character ids. */
    static final int MAX_IDS_PER_BAND_KEY = 1_000;
    public static final Set<String> STORES = Set.of(ARTICLES_STORE, EXACT_STORE, BANDS_STORE);

    private static final Logger LOG = LoggerFactory.getLogger(Deduplicator.class);

    private final DedupConfig config;
    private final NearDuplicateRule rule;
    private final long retentionMillis;

    private FixedKeyProcessorContext<String, DedupVerdict> context;
    private KeyValueStore<String, SeenArticle> articles;
    private KeyValueStore<String, String> exact;
    private KeyValueStore<String, List<String>> bands;

    public Deduplicator(DedupConfig config) {
        this.config = config;
        this.rule = new NearDuplicateRule(config, new Fingerprinter(config));
        this.retentionMillis = config.retention().toMillis();
    }

    /** The stores the processor needs, to add to the topology (or use {@link #supplier}, which connects them). */
    public static List<StoreBuilder<?>> storeBuilders(DedupConfig config) {
        return List.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES_STORE),
                        Serdes.String(), JsonSerde.of(SeenArticle.class)),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EXACT_STORE),
                        Serdes.String(), Serdes.String()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BANDS_STORE),
                        Serdes.String(), new IdListSerde()));
    }

    /** A supplier that also declares the stores: {@code stream.processValues(Deduplicator.supplier(config))}. */
    public static FixedKeyProcessorSupplier<String, FingerprintedArticle, DedupVerdict> supplier(DedupConfig config) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, FingerprintedArticle, DedupVerdict> get() {
                return new Deduplicator(config);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.copyOf(storeBuilders(config));
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, DedupVerdict> context) {
        this.context = context;
        this.articles = context.getStateStore(ARTICLES_STORE);
        this.exact = context.getStateStore(EXACT_STORE);
        this.bands = context.getStateStore(BANDS_STORE);
        context.schedule(config.purgeInterval(), PunctuationType.STREAM_TIME, this::purgeBefore);
    }

    @Override
    public void process(FixedKeyRecord<String, FingerprintedArticle> record) {
        FingerprintedArticle input = record.value();
        if (input == null) {
            LOG.debug("skipping a tombstone for key {}", record.key());
            return;
        }
        Article article = input.article();
        String id = article.id() != null ? article.id() : record.key();
        long now = record.timestamp();
        TextFingerprint fingerprint = input.fingerprint();

        SeenArticle previous = articles.get(id);
        if (previous != null && previous.isLive(now, retentionMillis)
                && previous.exactKey().equals(fingerprint.exactKey())) {
            SeenArticle again = previous.seenAgainAt(now);
            articles.put(id, again);
            context.forward(record.withValue(verdict(article, again)));
            return;
        }
        if (previous != null) {
            forget(previous);
        }
        if (fingerprint.shingles() == 0) {
            // Empty or a few words (a failed extraction, a placeholder): nothing to compare, and no original
            // either, or every empty article would be an exact copy of the first.
            context.forward(record.withValue(DedupVerdict.unique(article)));
            return;
        }
        SeenArticle.Match match = findExact(id, fingerprint, now).orElse(null);
        List<List<String>> postings = List.of();
        if (match == null) {
            postings = postings(input.bandKeys());
            match = findNear(id, fingerprint, postings, now).orElse(null);
        }
        SeenArticle seen = new SeenArticle(id, article.url(), fingerprint, now, match);
        articles.put(id, seen);
        if (seen.isUnique()) {
            index(seen, input.bandKeys(), postings);
        }
        context.forward(record.withValue(verdict(article, seen)));
    }

    private Optional<SeenArticle.Match> findExact(String id, TextFingerprint fingerprint, long now) {
        return Optional.ofNullable(exact.get(fingerprint.exactKey()))
                .filter(originalId -> !originalId.equals(id))
                .map(articles::get)
                .filter(original -> original.isLive(now, retentionMillis))
                .map(original -> new SeenArticle.Match(original.id(), original.url(), Duplicate.EXACT, 0, 1.0));
    }

    /** The ids under each band key, in band order (an empty list for a key nobody has). */
    private List<List<String>> postings(List<String> bandKeys) {
        List<List<String>> postings = new ArrayList<>(bandKeys.size());
        for (String bandKey : bandKeys) {
            List<String> ids = bands.get(bandKey);
            postings.add(ids != null ? ids : List.of());
        }
        return postings;
    }

    private Optional<SeenArticle.Match> findNear(String id, TextFingerprint fingerprint, List<List<String>> postings,
                                                 long now) {
        Set<String> candidates = new HashSet<>();
        postings.forEach(candidates::addAll);
        candidates.remove(id);
        Comparator<Scored> best = Comparator.comparingDouble(Scored::similarity).reversed()
                .thenComparingLong(scored -> scored.original().firstSeenAt())
                .thenComparing(scored -> scored.original().id());
        return candidates.stream()
                .map(articles::get)
                .filter(original -> original != null && original.isLive(now, retentionMillis))
                .map(original -> new Scored(original, rule.similarity(fingerprint, original.minHash())))
                .filter(scored -> rule.isNear(scored.similarity()))
                .min(best)
                .map(scored -> new SeenArticle.Match(scored.original().id(), scored.original().url(),
                        Duplicate.NEAR,
                        TextFingerprint.hammingDistance(fingerprint.simHash(), scored.original().simHash()),
                        scored.similarity()));
    }

    private record Scored(SeenArticle original, double similarity) {
    }

    /** Adds a unique article to the index; {@code postings} are its band keys' ids as read to judge it. */
    private void index(SeenArticle seen, List<String> bandKeys, List<List<String>> postings) {
        exact.put(seen.exactKey(), seen.id());
        // One write batch: RocksDB pays a write of its own for every put, most of the cost of indexing.
        List<KeyValue<String, List<String>>> entries = new ArrayList<>(bandKeys.size());
        for (int band = 0; band < bandKeys.size(); band++) {
            List<String> ids = postings.get(band);
            if (!ids.contains(seen.id())) {
                entries.add(KeyValue.pair(bandKeys.get(band), appended(ids, seen.id(), MAX_IDS_PER_BAND_KEY)));
            }
        }
        bands.putAll(entries);
    }

    /**
     * {@code ids} with {@code id} added last, the oldest dropped beyond {@code max}. Unbounded, the ids under one
     * band key grow with every original sharing it: templated pages (automated market wraps) can share band keys
     * by the tens of thousands within the retention, and a changelog record past the topic's 1 MB limit would
     * fail the task's transaction on every retry. A near copy usually follows its original within days, and an
     * older original is still found through its other bands unless every one of them is that crowded.
     */
    static List<String> appended(List<String> ids, String id, int max) {
        int kept = Math.min(ids.size(), max - 1);
        List<String> with = new ArrayList<>(kept + 1);
        with.addAll(ids.subList(ids.size() - kept, ids.size()));
        with.add(id);
        return with;
    }

    /**
     * Removes an article and, when it was indexed as an original, its index entries (band keys recomputed from
     * the stored signature: rare, on expiry or a changed text).
     */
    private void forget(SeenArticle seen) {
        articles.delete(seen.id());
        if (!seen.isUnique()) {
            return;
        }
        if (seen.id().equals(exact.get(seen.exactKey()))) {
            exact.delete(seen.exactKey());
        }
        for (String bandKey : rule.bandKeys(seen.fingerprint())) {
            List<String> ids = bands.get(bandKey);
            if (ids != null && ids.remove(seen.id())) {
                if (ids.isEmpty()) {
                    bands.delete(bandKey);
                } else {
                    bands.put(bandKey, ids);
                }
            }
        }
    }

    private void purgeBefore(long streamTime) {
        List<SeenArticle> expired = new ArrayList<>();
        try (KeyValueIterator<String, SeenArticle> all = articles.all()) {
            while (all.hasNext()) {
                KeyValue<String, SeenArticle> entry = all.next();
                if (!entry.value.isLive(streamTime, retentionMillis)) {
                    expired.add(entry.value);
                }
            }
        }
        expired.forEach(this::forget);
        if (!expired.isEmpty()) {
            LOG.debug("purged {} articles last seen before {}", expired.size(),
                    Instant.ofEpochMilli(streamTime - retentionMillis));
        }
    }

    private static DedupVerdict verdict(Article article, SeenArticle seen) {
        if (seen.isUnique()) {
            return DedupVerdict.unique(article);
        }
        SeenArticle.Match match = seen.match();
        return DedupVerdict.duplicate(new Duplicate(Duplicate.SCHEMA, seen.id(), article.url(), article.title(),
                match.id(), match.url(), match.method(), match.distance(), match.similarity(),
                Instant.ofEpochMilli(seen.firstSeenAt()).toString()));
    }
}
