package io.eventwire.bench.steps;

import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.serde.Json;
import io.eventwire.processor.dedup.ArticleFingerprinter;
import io.eventwire.processor.dedup.DedupConfig;
import io.eventwire.processor.dedup.DedupVerdict;
import io.eventwire.processor.dedup.FingerprintedArticle;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Whether the dedup task's cost per article grows with its state: the real {@link
 * io.eventwire.processor.dedup.Deduplicator} on its RocksDB stores ({@link DedupHarness}) is filled with
 * synthetic unique articles up to each state size, and at each size judges the next window of corpus articles
 * (a {@link TaggedCorpusFile}, with its exact and near duplicates). Filler keeps the runs short: the state an
 * article leaves does not depend on its text's length, and 200,000 corpus articles would cost ten minutes of
 * text steps. Prints, per state size, this thread's CPU per article of the fingerprint step and of the dedup
 * step on the window, and of the dedup step on the filler since the previous size (inserts of unique articles
 * only). Run: {@code java -cp ... io.eventwire.bench.steps.DedupScaling tagged.jsonl 2000 2000,10000,50000,200000}
 * (corpus file, window, state sizes).
 */
public final class DedupScaling {

    private static final long BASE_TIMESTAMP = 1_700_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final DedupConfig config = DedupConfig.defaults();
    private final ArticleFingerprinter fingerprinter = new ArticleFingerprinter(config);
    private final SyntheticArticles filler = new SyntheticArticles(new SplittableRandom(1), new SplittableRandom(2));
    private long judged;
    /** Counted into the output so that no verdict can be optimized away. */
    private long duplicates;

    private DedupScaling() {
    }

    public static void main(String[] args) throws IOException {
        int window = Integer.parseInt(args[1]);
        long[] sizes = Arrays.stream(args[2].split(",")).mapToLong(Long::parseLong).toArray();
        new DedupScaling().run(Path.of(args[0]), window, sizes);
    }

    private void run(Path corpus, int window, long[] sizes) throws IOException {
        try (DedupHarness dedup = new DedupHarness(config);
             BufferedReader lines = Files.newBufferedReader(corpus)) {
            for (long size : sizes) {
                long fillNanos = 0;
                long filled = 0;
                for (; judged < size; filled++) {
                    FingerprintedArticle article = fingerprinter.fingerprint(filler.next());
                    long t0 = THREADS.getCurrentThreadCpuTime();
                    judge(dedup, article);
                    fillNanos += THREADS.getCurrentThreadCpuTime() - t0;
                }
                long fingerprintNanos = 0;
                long dedupNanos = 0;
                int counted = 0;
                for (String line; counted < window && (line = lines.readLine()) != null; counted++) {
                    Article article = Json.fromJson(line, Article.class);
                    long t0 = THREADS.getCurrentThreadCpuTime();
                    FingerprintedArticle fingerprinted = fingerprinter.fingerprint(article);
                    long t1 = THREADS.getCurrentThreadCpuTime();
                    judge(dedup, fingerprinted);
                    long t2 = THREADS.getCurrentThreadCpuTime();
                    fingerprintNanos += t1 - t0;
                    dedupNanos += t2 - t1;
                }
                System.out.printf(Locale.ROOT, "state %,9d: window of %d corpus articles: fingerprint %.3f, dedup "
                                + "%.3f ms CPU/article; filler before it (%,d articles) dedup %.3f%n",
                        size, counted, fingerprintNanos / 1e6 / counted, dedupNanos / 1e6 / counted, filled,
                        filled == 0 ? 0 : fillNanos / 1e6 / filled);
            }
            System.out.printf(Locale.ROOT, "%,d judged, %,d duplicates, state %.1f MB on disk%n", judged, duplicates,
                    dedup.stateBytes() / 1048576.0);
        }
    }

    private void judge(DedupHarness dedup, FingerprintedArticle article) {
        DedupVerdict verdict = dedup.judge(article, BASE_TIMESTAMP + judged++);
        if (verdict.duplicate() != null) {
            duplicates++;
        }
    }
}
