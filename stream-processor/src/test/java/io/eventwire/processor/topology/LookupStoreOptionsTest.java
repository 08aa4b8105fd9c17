package io.eventwire.processor.topology;

import io.eventwire.processor.consolidate.Sightings;
import io.eventwire.processor.dedup.Deduplicator;

import org.junit.jupiter.api.Test;
import org.rocksdb.Options;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LookupStoreOptionsTest {

    @Test
    void everyDedupAndSightingsStoreKeepsTheBloomFilterOfItsLargestRunAndFiltersItsMemtables() {
        Set<String> stores = new HashSet<>(Deduplicator.STORES);
        stores.add(Sightings.storeName("sanction"));
        stores.add(Sightings.storeName("market"));
        for (String store : stores) {
            try (Options options = new Options().setOptimizeFiltersForHits(true)) {
                new LookupStoreOptions().setConfig(store, options, Map.of());
                assertFalse(options.optimizeFiltersForHits(), store);
                assertTrue(options.memtableWholeKeyFiltering(), store);
                assertEquals(LookupStoreOptions.MEMTABLE_BLOOM_RATIO, options.memtablePrefixBloomSizeRatio(), store);
            }
        }
    }

    @Test
    void otherStoresAreLeftAsTheyAre() {
        try (Options options = new Options().setOptimizeFiltersForHits(true)) {
            new LookupStoreOptions().setConfig("consolidation-sanction", options, Map.of());
            assertTrue(options.optimizeFiltersForHits());
            assertFalse(options.memtableWholeKeyFiltering());
        }
    }
}
