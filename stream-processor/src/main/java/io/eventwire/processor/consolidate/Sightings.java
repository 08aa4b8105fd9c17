package io.eventwire.processor.consolidate;

import io.eventwire.contracts.record.Event;
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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The consolidation's memory of what each event has seen: its mentions, articles and sources, one small entry
 * each ({@link Sighting#memberKey}) holding the record time it was last seen. It passes on a mention not counted
 * yet with its {@link Sighting}, and drops a replayed one.
 *
 * <p>Why entries of their own rather than id lists in the consolidated event: a busy event is rewritten on each
 * of its mentions, and lists there made every rewrite (store, changelog, topic, search index) as large as the
 * event's history. Here a mention writes one or two entries of a few bytes.
 *
 * <p>An entry lives for the retention after it was last seen (the dedup's, 30 days by default): a source that
 * mentions an event again after that long counts again, as the dedup would then let a re-sent article through as
 * new. Seen again, an entry's time is refreshed once per {@code refresh} at most, so that a source that keeps
 * mentioning the event is not written on every mention. Expired entries are removed every {@code refresh} of
 * stream time; until then they already count as unseen, so the answers do not depend on when the purge runs.
 */
public final class Sightings<E extends Event> implements FixedKeyProcessor<String, E, Sighted<E>> {

    private static final Logger LOG = LoggerFactory.getLogger(Sightings.class);

    private final String storeName;
    private final long retentionMillis;
    private final Duration refresh;

    private FixedKeyProcessorContext<String, Sighted<E>> context;
    private KeyValueStore<String, Long> seen;

    Sightings(String storeName, Duration retention, Duration refresh) {
        this.storeName = storeName;
        this.retentionMillis = retention.toMillis();
        this.refresh = refresh;
    }

    /** The store of an event type's sightings: {@code consolidation-<type>-seen}. */
    public static String storeName(String type) {
        return "consolidation-" + type + "-seen";
    }

    /** Whether {@code storeName} is the store of some event type's sightings. */
    public static boolean isStore(String storeName) {
        return storeName.startsWith("consolidation-") && storeName.endsWith("-seen");
    }

    /** A supplier that also declares its store. */
    public static <E extends Event> FixedKeyProcessorSupplier<String, E, Sighted<E>> supplier(
            String type, Duration retention, Duration refresh) {
        String store = storeName(type);
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, E, Sighted<E>> get() {
                return new Sightings<>(store, retention, refresh);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                // Cached: a busy event's source is read on most of its mentions, and its entries are rewritten
                // at most once a commit.
                return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store), Serdes.String(),
                        Serdes.Long()).withCachingEnabled());
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Sighted<E>> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
        context.schedule(refresh, PunctuationType.STREAM_TIME, this::purgeBefore);
    }

    @Override
    public void process(FixedKeyRecord<String, E> record) {
        E mention = record.value();
        if (mention == null) {
            return;
        }
        long now = record.timestamp();
        Sighting sighting = Sighting.of(mention, member -> firstSight(member, now));
        if (sighting.newMention()) {
            context.forward(record.withValue(new Sighted<>(mention, sighting)));
        } else {
            LOG.debug("mention {} of event {} already counted", mention.id(), record.key());
        }
    }

    /** Whether {@code member} is unseen within the retention; either way, it is seen now. */
    private boolean firstSight(String member, long now) {
        Long last = seen.get(member);
        boolean first = last == null || last < now - retentionMillis;
        if (first || now - last >= refresh.toMillis()) {
            seen.put(member, now);
        }
        return first;
    }

    private void purgeBefore(long streamTime) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = seen.all()) {
            while (all.hasNext()) {
                KeyValue<String, Long> entry = all.next();
                if (entry.value < streamTime - retentionMillis) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(seen::delete);
        if (!expired.isEmpty()) {
            LOG.debug("purged {} sightings of {}", expired.size(), storeName);
        }
    }
}
