package io.eventwire.bench.steps;

import io.eventwire.bench.pipeline.MemorySampler;
import io.eventwire.contracts.config.Settings;
import io.eventwire.processor.dedup.ArticleFingerprinter;
import io.eventwire.processor.dedup.DedupConfig;
import io.eventwire.processor.topology.ProcessorSettings;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How memory grows with the dedup state: the real {@link io.eventwire.processor.dedup.Deduplicator} on its
 * RocksDB stores fed distinct short articles (the state per article does not depend on the text's length,
 * only the fingerprinting time does), printing retained heap, RSS and state on disk every 25,000 articles.
 * Run: {@code java -cp "launcher/target/launcher-0.1.0-SNAPSHOT.jar:launcher/target/lib/*"
 * io.eventwire.bench.steps.DedupStateFill 1000000 600 [256]}
 * (articles, a time limit in seconds, and optionally the stores' memory budget in MB, {@code rocksdb.memory.mb}; by
 * default Kafka Streams' defaults).
 */
public final class DedupStateFill {

    private static final int REPORT_EVERY = 25_000;

    private DedupStateFill() {
    }

    public static void main(String[] args) {
        int articles = Integer.parseInt(args[0]);
        long deadline = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        SyntheticArticles filler = new SyntheticArticles(new SplittableRandom(1), new SplittableRandom(2));
        long heapBefore = MemorySampler.retainedHeapBytes();
        long rssBefore = MemorySampler.rssBytes();
        long started = System.nanoTime();
        ArticleFingerprinter fingerprinter = new ArticleFingerprinter(DedupConfig.defaults());
        Map<String, String> storeSettings = args.length > 2 ? Map.of("rocksdb.memory.mb", args[2]) : Map.of();
        try (DedupHarness dedup = new DedupHarness(DedupConfig.defaults(),
                new ProcessorSettings(Settings.of(storeSettings)))) {
            for (int i = 1; i <= articles && System.nanoTime() < deadline; i++) {
                dedup.judge(fingerprinter.fingerprint(filler.next()), 1_700_000_000_000L + i);
                if (i % REPORT_EVERY == 0) {
                    long state = dedup.stateBytes();
                    System.out.printf(Locale.ROOT, "%,d articles: retained heap %+.1f MB, RSS %+.1f MB, state on disk "
                                    + "%.1f MB (%.0f bytes per article), %.0f s%n", i,
                            (MemorySampler.retainedHeapBytes() - heapBefore) / 1048576.0,
                            (MemorySampler.rssBytes() - rssBefore) / 1048576.0, state / 1048576.0,
                            (double) state / i, (System.nanoTime() - started) / 1e9);
                }
            }
        }
    }
}
