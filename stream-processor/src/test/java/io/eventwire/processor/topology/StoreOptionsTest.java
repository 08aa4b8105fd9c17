package io.eventwire.processor.topology;

import io.eventwire.contracts.config.Settings;
import io.eventwire.processor.consolidate.Sightings;
import io.eventwire.processor.dedup.Deduplicator;
import org.apache.kafka.streams.state.internals.BlockBasedTableConfigWithAccessibleCache;
import org.junit.jupiter.api.Test;
import org.rocksdb.Options;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreOptionsTest {

    private static final Map<String, Object> NO_BUDGET = Map.of();

    @Test
    void everyDedupAndSightingsStoreKeepsTheBloomFilterOfItsLargestRunAndFiltersItsMemtables() {
        Set<String> stores = new HashSet<>(Deduplicator.STORES);
        stores.add(Sightings.storeName("sanction"));
        stores.add(Sightings.storeName("market"));
        for (String store : stores) {
            try (Options options = new Options().setOptimizeFiltersForHits(true)) {
                new StoreOptions().setConfig(store, options, NO_BUDGET);
                assertFalse(options.optimizeFiltersForHits(), store);
                assertTrue(options.memtableWholeKeyFiltering(), store);
                assertEquals(LookupStoreOptions.MEMTABLE_BLOOM_RATIO, options.memtablePrefixBloomSizeRatio(), store);
            }
        }
    }

    @Test
    void otherStoresKeepTheirLookupDefaults() {
        try (Options options = new Options().setOptimizeFiltersForHits(true)) {
            new StoreOptions().setConfig("consolidation-sanction", options, NO_BUDGET);
            assertTrue(options.optimizeFiltersForHits());
            assertFalse(options.memtableWholeKeyFiltering());
        }
    }

    @Test
    void underABudgetEveryStoreSharesOneCacheThatHoldsTheirIndexesAndFiltersAndIsChargedForTheirMemtables() {
        Map<String, Object> configs = new HashMap<>(streamsProperties(Map.of("rocksdb.memory.mb", "256")));
        try (Options dedup = streamsDefaults(); Options consolidation = streamsDefaults()) {
            new StoreOptions().setConfig(Deduplicator.BANDS_STORE, dedup, configs);
            new StoreOptions().setConfig("consolidation-market", consolidation, configs);
            BlockBasedTableConfigWithAccessibleCache dedupTable = table(dedup);
            assertNotNull(dedupTable.blockCache());
            assertSame(dedupTable.blockCache(), table(consolidation).blockCache(), "one cache for every store");
            assertTrue(dedupTable.cacheIndexAndFilterBlocks());
            assertNotNull(dedup.writeBufferManager());
            assertSame(dedup.writeBufferManager(), consolidation.writeBufferManager());
        }
    }

    @Test
    void byDefaultEachStoreKeepsKafkaStreamsDefaults() {
        Map<String, Object> configs = new HashMap<>(streamsProperties(Map.of()));
        try (Options options = streamsDefaults()) {
            Object defaultCache = table(options).blockCache();
            new StoreOptions().setConfig(Deduplicator.BANDS_STORE, options, configs);
            assertSame(defaultCache, table(options).blockCache());
            assertFalse(table(options).cacheIndexAndFilterBlocks());
            assertNull(options.writeBufferManager());
        }
    }

    private static Map<String, String> streamsProperties(Map<String, String> settings) {
        return new ProcessorSettings(Settings.of(settings)).storeProperties();
    }

    /** Options as Kafka Streams hands them to the setter: a table config of its own, with a cache of its own. */
    private static Options streamsDefaults() {
        BlockBasedTableConfigWithAccessibleCache table = new BlockBasedTableConfigWithAccessibleCache();
        table.setBlockCache(new org.rocksdb.LRUCache(1 << 20));
        return new Options().setTableFormatConfig(table);
    }

    private static BlockBasedTableConfigWithAccessibleCache table(Options options) {
        return (BlockBasedTableConfigWithAccessibleCache) options.tableFormatConfig();
    }
}
