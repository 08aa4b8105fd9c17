package io.eventwire.bench.jmh;

import io.eventwire.bench.corpus.CorpusGenerator;
import io.eventwire.bench.corpus.CorpusSpec;
import io.eventwire.bench.steps.DedupHarness;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.processor.dedup.ArticleFingerprinter;
import io.eventwire.processor.dedup.DedupVerdict;
import io.eventwire.processor.dedup.FingerprintedArticle;
import io.eventwire.processor.extract.ExtractedEvents;
import io.eventwire.processor.topology.PipelineSteps;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One benchmark per processing step, on the synthetic corpus, each step given the input the topology gives
 * it: extract-text the raw page, language the normalized article, fingerprint and events the tagged article,
 * dedup the stream of fingerprinted articles on fresh RocksDB state. Run: see BENCHMARKS.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class StepBenchmarks {

    /** The corpus, and each step's input for every article of it. */
    @State(Scope.Benchmark)
    public static class Corpus {
        @Param({"300"})
        public int articles;

        final PipelineSteps steps = PipelineSteps.defaults();
        final ArticleFingerprinter fingerprinter = steps.fingerprinter();
        List<RawArticle> raw;
        List<Article> normalized;
        List<Article> tagged;
        List<FingerprintedArticle> fingerprinted;

        @Setup
        public void generate() {
            raw = new CorpusGenerator(CorpusSpec.defaults(42)).articles(0, articles)
                    .map(article -> article.raw()).toList();
            normalized = raw.stream().map(steps.normalizer()::normalize).toList();
            tagged = normalized.stream().map(steps.languageTagger()::tagged).toList();
            fingerprinted = tagged.stream().map(fingerprinter::fingerprint).toList();
        }
    }

    /** Walks the corpus round and round, one article per invocation. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        int next(int size) {
            int index = next;
            next = (next + 1) % size;
            return index;
        }
    }

    @Benchmark
    public Article extractText(Corpus corpus, Cursor cursor) {
        return corpus.steps.normalizer().normalize(corpus.raw.get(cursor.next(corpus.articles)));
    }

    @Benchmark
    public Article language(Corpus corpus, Cursor cursor) {
        return corpus.steps.languageTagger().tagged(corpus.normalized.get(cursor.next(corpus.articles)));
    }

    @Benchmark
    public FingerprintedArticle fingerprint(Corpus corpus, Cursor cursor) {
        return corpus.fingerprinter.fingerprint(corpus.tagged.get(cursor.next(corpus.articles)));
    }

    @Benchmark
    public ExtractedEvents events(Corpus corpus, Cursor cursor) {
        return corpus.steps.eventExtractor().extract(corpus.tagged.get(cursor.next(corpus.articles)));
    }

    /** Fresh dedup state for every measured batch: each batch is the corpus in order, as a topic delivers it. */
    @State(Scope.Thread)
    public static class Dedup {
        DedupHarness harness;
        int next;

        @Setup(Level.Iteration)
        public void open(Corpus corpus) {
            harness = new DedupHarness(corpus.steps.dedupConfig());
            next = 0;
        }

        @TearDown(Level.Iteration)
        public void close() {
            harness.close();
        }
    }

    /** Milliseconds per batch of 300 articles (the corpus once), so divide by 300 for one article. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 3, batchSize = 300)
    @Measurement(iterations = 5, batchSize = 300)
    public DedupVerdict dedup(Corpus corpus, Dedup dedup) {
        int index = dedup.next++ % corpus.articles;
        return dedup.harness.judge(corpus.fingerprinted.get(index), 1_700_000_000_000L + index);
    }
}
