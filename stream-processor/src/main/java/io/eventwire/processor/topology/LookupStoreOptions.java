package io.eventwire.processor.topology;

import io.eventwire.processor.consolidate.Sightings;
import io.eventwire.processor.dedup.Deduplicator;
import org.rocksdb.Options;

/**
 * RocksDB options of the stores whose reads mostly miss (applied by {@link StoreOptions}): the dedup stores (a new
 * article id, a new text's exact key, a band key no original has) and the consolidation's sightings (a new
 * mention, most often a new article), and Kafka Streams' default
 * {@code optimize_filters_for_hits} leaves the bloom filter out of the largest sorted run, where most keys live,
 * so each such miss read an index and a data block there. A bloom filter on the memtables too, for the same
 * misses while the keys are still in memory: 5 % of the 16 MB write buffer, under 1 MB a memtable. Other stores
 * keep the defaults.
 */
final class LookupStoreOptions {

    static final double MEMTABLE_BLOOM_RATIO = 0.05;

    private LookupStoreOptions() {
    }

    static void apply(String storeName, Options options) {
        if (Deduplicator.STORES.contains(storeName) || Sightings.isStore(storeName)) {
            options.setOptimizeFiltersForHits(false);
            options.setMemtablePrefixBloomSizeRatio(MEMTABLE_BLOOM_RATIO);
            options.setMemtableWholeKeyFiltering(true);
        }
    }
}
