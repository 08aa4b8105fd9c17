package io.eventwire.processor.topology;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

import java.util.Map;

/**
 * The processor's {@code rocksdb.config.setter}: every store under the one memory budget of
 * {@link BoundedStoreMemory}, and the stores whose reads mostly miss tuned for it ({@link LookupStoreOptions}).
 */
public final class StoreOptions implements RocksDBConfigSetter {

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BoundedStoreMemory.apply(options, configs);
        LookupStoreOptions.apply(storeName, options);
    }

    @Override
    public void close(String storeName, Options options) {
        // Nothing to free: the options are Kafka Streams' own, and the shared cache outlives every store.
    }
}
