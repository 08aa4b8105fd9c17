package io.eventwire.processor.dedup;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

import java.util.Map;

/**
 * RocksDB options of the dedup stores ({@code rocksdb.config.setter}): almost every read the dedup task makes
 * misses (a new article id, a new text's exact key, a band key no original has), and Kafka Streams' default
 * {@code optimize_filters_for_hits} leaves the bloom filter out of the largest sorted run, where most keys live,
 * so each such miss read an index and a data block there. A bloom filter on the memtables too, for the same
 * misses while the keys are still in memory: 5 % of the 16 MB write buffer, under 1 MB a memtable. Other stores
 * keep the defaults.
 */
public final class DedupStoreOptions implements RocksDBConfigSetter {

    static final double MEMTABLE_BLOOM_RATIO = 0.05;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        if (Deduplicator.STORES.contains(storeName)) {
            options.setOptimizeFiltersForHits(false);
            options.setMemtablePrefixBloomSizeRatio(MEMTABLE_BLOOM_RATIO);
            options.setMemtableWholeKeyFiltering(true);
        }
    }

    @Override
    public void close(String storeName, Options options) {
        // Nothing allocated: the options object is Kafka Streams' own.
    }
}
