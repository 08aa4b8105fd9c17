package io.eventwire.processor.dedup;

import org.junit.jupiter.api.Test;
import org.rocksdb.Options;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DedupStoreOptionsTest {

    @Test
    void everyDedupStoreKeepsTheBloomFilterOfItsLargestRunAndFiltersItsMemtables() {
        for (String store : Deduplicator.STORES) {
            try (Options options = new Options().setOptimizeFiltersForHits(true)) {
                new DedupStoreOptions().setConfig(store, options, Map.of());
                assertFalse(options.optimizeFiltersForHits(), store);
                assertTrue(options.memtableWholeKeyFiltering(), store);
                assertEquals(DedupStoreOptions.MEMTABLE_BLOOM_RATIO, options.memtablePrefixBloomSizeRatio(), store);
            }
        }
    }

    @Test
    void otherStoresAreLeftAsTheyAre() {
        try (Options options = new Options().setOptimizeFiltersForHits(true)) {
            new DedupStoreOptions().setConfig("consolidate-sanction-store", options, Map.of());
            assertTrue(options.optimizeFiltersForHits());
            assertFalse(options.memtableWholeKeyFiltering());
        }
    }
}
