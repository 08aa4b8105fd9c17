package io.eventwire.bench.steps;

import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.ConsolidatedEvent;
import io.eventwire.contracts.record.Duplicate;
import io.eventwire.contracts.record.Event;
import io.eventwire.contracts.record.MarketEvent;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.serde.Json;
import io.eventwire.processor.consolidate.EventConsolidator;
import io.eventwire.processor.consolidate.Sighting;
import io.eventwire.processor.dedup.ArticleFingerprinter;
import io.eventwire.processor.dedup.DedupVerdict;
import io.eventwire.processor.dedup.FingerprintedArticle;
import io.eventwire.processor.extract.ExtractedEvents;
import io.eventwire.processor.topology.PipelineSteps;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every processing step of the pipeline ({@link PipelineSteps}, as the topology builds them), called directly
 * in the topology's order on one thread, with the time each takes: read the raw JSON, validate, normalize
 * (main text and metadata), tag the language, fingerprint the text, dedup (exact and near, on RocksDB; the one
 * step that runs as a single task in the topology), extract sanction and market
 * events, consolidate them, and write the output records' JSON. Duplicates and dead letters stop where the
 * topology stops them. Not thread-safe.
 */
public final class Steps implements AutoCloseable {

    public enum Step { DESERIALIZE, VALIDATE, NORMALIZE, LANGUAGE, FINGERPRINT, DEDUP, EVENTS, CONSOLIDATE, SERIALIZE }

    public enum Verdict { UNIQUE, EXACT_DUPLICATE, NEAR_DUPLICATE, DEAD_LETTER }

    /** What became of one raw record. */
    public record Outcome(Verdict verdict, String language, int sanctionEvents, int marketEvents) {
    }

    private final PipelineSteps pipeline = PipelineSteps.defaults();
    private final ArticleFingerprinter fingerprinter = pipeline.fingerprinter();
    private final DedupHarness dedup = new DedupHarness(pipeline.dedupConfig());
    private final Map<String, ConsolidatedEvent> consolidated = new HashMap<>();
    /** The consolidation's sightings, in memory: the processor keeps them in a store, with a retention. */
    private final Set<String> sightings = new HashSet<>();
    /** Thread CPU time, not wall time: on a shared machine a step's wall time is mostly other processes' load. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final EnumMap<Step, Long> nanos = new EnumMap<>(Step.class);
    private final Consumer<byte[]> outputs;

    public Steps() {
        this(json -> { });
    }

    /** @param outputs receives every output record's JSON as written: what a change must keep identical */
    public Steps(Consumer<byte[]> outputs) {
        this.outputs = outputs;
        for (Step step : Step.values()) {
            nanos.put(step, 0L);
        }
    }

    public Outcome process(byte[] value, long timestamp) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        FingerprintedArticle tagged;
        try {
            RawArticle raw = Json.fromBytes(value, RawArticle.class);
            long t1 = add(Step.DESERIALIZE, t0);
            pipeline.validator().validate(raw);
            long t2 = add(Step.VALIDATE, t1);
            Article article = pipeline.normalizer().normalize(raw);
            long t3 = add(Step.NORMALIZE, t2);
            Article language = pipeline.languageTagger().tagged(article);
            long t4 = add(Step.LANGUAGE, t3);
            tagged = fingerprinter.fingerprint(language);
            add(Step.FINGERPRINT, t4);
        } catch (RuntimeException e) {
            outputs.accept(("dead letter: " + e).getBytes(StandardCharsets.UTF_8));
            return new Outcome(Verdict.DEAD_LETTER, null, 0, 0);
        }
        long t4 = THREADS.getCurrentThreadCpuTime();
        DedupVerdict verdict = dedup.judge(tagged, timestamp);
        long t5 = add(Step.DEDUP, t4);
        if (verdict.duplicate() != null) {
            Duplicate duplicate = verdict.duplicate();
            outputs.accept(Json.toBytes(duplicate));
            add(Step.SERIALIZE, t5);
            return new Outcome(Duplicate.EXACT.equals(duplicate.method()) ? Verdict.EXACT_DUPLICATE
                    : Verdict.NEAR_DUPLICATE, tagged.article().language(), 0, 0);
        }
        Article unique = verdict.unique();
        ExtractedEvents found = pipeline.eventExtractor().extract(unique);
        long t6 = add(Step.EVENTS, t5);
        List<Event> mentions = new ArrayList<>(found.sanctions());
        mentions.addAll(found.markets());
        List<ConsolidatedEvent> updated = new ArrayList<>(mentions.size());
        for (Event mention : mentions) {
            Sighting sighting = Sighting.of(mention, sightings::add);
            if (sighting.newMention()) {
                ConsolidatedEvent next = EventConsolidator.add(consolidated.get(mention.canonicalKey()), mention,
                        mention.publishedAt(), sighting);
                consolidated.put(mention.canonicalKey(), next);
                updated.add(next);
            }
        }
        long t7 = add(Step.CONSOLIDATE, t6);
        outputs.accept(Json.toBytes(unique));
        for (SanctionEvent event : found.sanctions()) {
            outputs.accept(Json.toBytes(event));
        }
        for (MarketEvent event : found.markets()) {
            outputs.accept(Json.toBytes(event));
        }
        for (ConsolidatedEvent event : updated) {
            outputs.accept(Json.toBytes(event));
        }
        add(Step.SERIALIZE, t7);
        return new Outcome(Verdict.UNIQUE, unique.language(), found.sanctions().size(), found.markets().size());
    }

    private long add(Step step, long since) {
        long now = THREADS.getCurrentThreadCpuTime();
        nanos.merge(step, now - since, Long::sum);
        return now;
    }

    /** CPU nanoseconds spent in each step so far, in pipeline order. */
    public Map<Step, Long> nanosByStep() {
        return new EnumMap<>(nanos);
    }

    @Override
    public void close() {
        dedup.close();
    }
}
