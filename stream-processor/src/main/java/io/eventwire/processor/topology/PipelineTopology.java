package io.eventwire.processor.topology;

import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.ConsolidatedEvent;
import io.eventwire.contracts.record.Event;
import io.eventwire.contracts.record.MarketEvent;
import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.serde.JsonSerde;
import io.eventwire.contracts.serde.Serdes;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.processor.consolidate.EventConsolidator;
import io.eventwire.processor.consolidate.Sightings;
import io.eventwire.processor.dedup.DedupConfig;
import io.eventwire.processor.dedup.DedupVerdict;
import io.eventwire.processor.dedup.Deduplicator;
import io.eventwire.processor.dedup.FingerprintedArticle;
import io.eventwire.processor.extract.ExtractedEvents;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;


import static org.apache.kafka.common.serialization.Serdes.String;

/**
 * The Eventwire topology, in the order the data flows (DESIGN.md):
 *
 * <pre>
 * news.raw → validate → normalize → tag-language → fingerprint → key-by-article-id ─(one partition)→ deduplicate
 *            ├─ duplicates → news.duplicates
 *            └─ unique     → news.articles → extract-events ─┬─ sanctions → events.sanctions ─┐
 *                                                              └─ market    → events.market    ─┴→ sight → consolidate → events.consolidated
 * </pre>
 *
 * Every step is a named processor; a record a step throws on goes to {@code news.dlq} with that name as
 * its stage (the exception handlers of {@link ProcessorSettings}). Language is tagged and the text fingerprinted
 * before deduplication so that they run on every input partition in parallel: deduplication needs all articles
 * in one task, as a syndicated copy may arrive under any URL and so on any partition, and that one task then
 * only looks up and writes its stores. Event extraction reads {@code news.articles} back, in parallel again, so
 * that the single dedup task does nothing else.
 */
public final class PipelineTopology {

    /** The value serde of the one-partition {@code dedup-input} topic. */
    public static final JsonSerde<FingerprintedArticle> DEDUP_INPUT = JsonSerde.of(FingerprintedArticle.class);

    private PipelineTopology() {
    }

    public static Topology build(Topics topics, PipelineSteps steps) {
        StreamsBuilder builder = new StreamsBuilder();
        deduplicatedArticles(builder, topics, steps);
        events(builder, topics, steps);
        return builder.build();
    }

    private static void deduplicatedArticles(StreamsBuilder builder, Topics topics, PipelineSteps steps) {
        KStream<String, FingerprintedArticle> oneTopic = builder
                .stream(topics.raw(), Consumed.with(String(), Serdes.rawArticle()).withName("read-raw"))
                .mapValues(steps.validator()::validate, Named.as("validate"))
                .mapValues(steps.normalizer()::normalize, Named.as("normalize"))
                .mapValues(steps.languageTagger()::tagged, Named.as("tag-language"))
                .mapValues(steps.fingerprinter()::fingerprint, Named.as("fingerprint"))
                .selectKey((url, fingerprinted) -> fingerprinted.article().id(), Named.as("key-by-article-id"))
                .repartition(Repartitioned.with(String(), DEDUP_INPUT).withName("dedup-input")
                        .withNumberOfPartitions(1));
        deduplicate(oneTopic, topics, steps.dedupConfig());
    }

    /**
     * The dedup task: reads every fingerprinted article of the stream from one partition, sends duplicates to
     * {@code news.duplicates} and unique articles to {@code news.articles}. Its cost per article caps the
     * whole pipeline, whatever the cores (measured by {@code bench.steps.DedupTaskCost}).
     */
    public static void deduplicate(KStream<String, FingerprintedArticle> fingerprinted, Topics topics,
                                   DedupConfig config) {
        fingerprinted
                .processValues(Deduplicator.supplier(config), Named.as("deduplicate"))
                .split(Named.as("verdict-"))
                .branch((id, verdict) -> verdict.duplicate() != null, Branched.withConsumer(duplicates -> duplicates
                        .mapValues(DedupVerdict::duplicate, Named.as("duplicate"))
                        .to(topics.duplicates(), Produced.with(String(), Serdes.duplicate())
                                .withName("write-duplicates")), "duplicate"))
                .defaultBranch(Branched.withConsumer(unique -> unique
                        .mapValues(DedupVerdict::unique, Named.as("unique"))
                        .to(topics.articles(), Produced.with(String(), Serdes.article())
                                .withName("write-articles")), "unique"));
    }

    private static void events(StreamsBuilder builder, Topics topics, PipelineSteps steps) {
        KStream<String, ExtractedEvents> extracted = builder
                .stream(topics.articles(), Consumed.with(String(), Serdes.article()).withName("read-articles"))
                .mapValues(steps.eventExtractor()::extract, Named.as("extract-events"));
        KStream<String, SanctionEvent> sanctions = extracted
                .flatMapValues(ExtractedEvents::sanctions, Named.as("sanctions"))
                .selectKey((articleId, event) -> event.id(), Named.as("key-sanction-by-event-id"));
        KStream<String, MarketEvent> market = extracted
                .flatMapValues(ExtractedEvents::markets, Named.as("market"))
                .selectKey((articleId, event) -> event.id(), Named.as("key-market-by-event-id"));
        sanctions.to(topics.sanctions(), Produced.with(String(), Serdes.sanctionEvent()).withName("write-sanctions"));
        market.to(topics.market(), Produced.with(String(), Serdes.marketEvent()).withName("write-market"));
        consolidate(sanctions, Serdes.sanctionEvent(), "sanction", topics, steps.dedupConfig());
        consolidate(market, Serdes.marketEvent(), "market", topics, steps.dedupConfig());
    }

    /**
     * Folds mentions into one record per canonical key (a compacted topic: the latest state wins). The mentions of
     * one event meet in one task; what each brings (a new article? a new source?) is looked up in small entries of
     * their own ({@link Sightings}, with the dedup's retention), and the fold keeps counts and a few ids.
     */
    private static <E extends Event> void consolidate(KStream<String, E> mentions, JsonSerde<E> serde, String type,
                                                      Topics topics, DedupConfig dedup) {
        Serde<ConsolidatedEvent> consolidatedSerde = Serdes.consolidatedEvent();
        mentions.selectKey((eventId, event) -> event.canonicalKey(), Named.as("key-" + type + "-by-canonical-key"))
                .repartition(Repartitioned.with(String(), serde).withName("consolidate-" + type + "-by-key"))
                .processValues(Sightings.<E>supplier(type, dedup.retention(), dedup.purgeInterval()),
                        Named.as("sight-" + type))
                .groupByKey()
                .aggregate(() -> null,
                        (key, sighted, current) -> EventConsolidator.add(current, sighted.mention(),
                                sighted.mention().publishedAt(), sighted.sighting()),
                        Named.as("consolidate-" + type),
                        Materialized.<String, ConsolidatedEvent, KeyValueStore<Bytes, byte[]>>as(
                                "consolidation-" + type).withKeySerde(String()).withValueSerde(consolidatedSerde))
                .toStream(Named.as("consolidated-" + type + "-changes"))
                .to(topics.consolidated(), Produced.with(String(), consolidatedSerde)
                        .withName("write-consolidated-" + type));
    }
}
