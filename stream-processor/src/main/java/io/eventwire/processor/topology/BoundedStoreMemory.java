package io.eventwire.processor.topology;

import org.apache.kafka.streams.state.internals.BlockBasedTableConfigWithAccessibleCache;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One memory budget for every RocksDB store of the processor, as Kafka Streams' memory-management guide lays
 * out: a block cache shared by all stores, which also holds their index and filter blocks and is charged for
 * their memtables. Left to Kafka Streams' defaults each store instance (one per store per partition: 15 in this
 * topology at 3 partitions) takes a block cache of its own and up to three 16 MB memtables, and keeps its index
 * and filter blocks outside any cache, so the processor's memory outside the heap grows with its partitions and
 * with its state (+477 MB RSS at a million articles in the dedup state, BENCHMARKS.md). An opt-in, for its CPU
 * cost ({@link ProcessorSettings#DEFAULT_STORE_MEMORY_MB} says what it was measured at).
 */
final class BoundedStoreMemory {

    /** The budget, in bytes, passed to the config setter among the Streams properties. */
    static final String BUDGET_CONFIG = "eventwire.rocksdb.memory.bytes";
    /** Of the budget, what the memtables may take before the largest is flushed. */
    private static final double MEMTABLE_SHARE = 0.25;
    /** Of the cache, what index and filter blocks keep ahead of data blocks. */
    private static final double INDEX_AND_FILTER_SHARE = 0.1;

    /** One cache per budget for the life of the JVM: every store of every processor in it shares it. */
    private static final Map<Long, Shared> BY_BUDGET = new ConcurrentHashMap<>();

    private record Shared(Cache cache, WriteBufferManager writeBuffers) {

        static Shared of(long budget) {
            Cache cache = new LRUCache(budget, -1, false, INDEX_AND_FILTER_SHARE);
            return new Shared(cache, new WriteBufferManager((long) (budget * MEMTABLE_SHARE), cache));
        }
    }

    private BoundedStoreMemory() {
    }

    /** Puts a store under the budget in {@code configs}; without one the store keeps Kafka Streams' defaults. */
    static void apply(Options options, Map<String, Object> configs) {
        Object budget = configs.get(BUDGET_CONFIG);
        if (budget == null) {
            return;
        }
        Shared shared = BY_BUDGET.computeIfAbsent(Long.parseLong(budget.toString()), Shared::of);
        BlockBasedTableConfigWithAccessibleCache table =
                (BlockBasedTableConfigWithAccessibleCache) options.tableFormatConfig();
        table.setBlockCache(shared.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(shared.writeBuffers());
        options.setTableFormatConfig(table);
    }
}
