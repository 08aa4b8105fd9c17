package io.eventwire.bench.steps;

import io.eventwire.bench.corpus.CorpusGenerator;
import io.eventwire.bench.corpus.CorpusSpec;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.processor.topology.PipelineSteps;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time per article of the normalize, language and fingerprint steps, on the first articles of the benchmark corpus:
 * three warm-up passes over the corpus, then measured rounds, each the corpus once, timed as this thread's CPU
 * time (what other processes on a shared machine take is not counted, unlike wall time). Prints every round and
 * the median. Run: {@code java -cp "launcher/target/launcher-0.1.0-SNAPSHOT.jar:launcher/target/lib/*"
 * io.eventwire.bench.steps.TextStepCpu 300 7} (articles, rounds); compare builds alternately in one session.
 */
public final class TextStepCpu {

    private static final int WARM_UP_PASSES = 3;
    private static final long CORPUS_SEED = 42;

    private TextStepCpu() {
    }

    public static void main(String[] args) {
        int articles = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        PipelineSteps steps = PipelineSteps.defaults();
        List<RawArticle> raw = new CorpusGenerator(CorpusSpec.defaults(CORPUS_SEED)).articles(0, articles)
                .map(article -> article.raw()).toList();
        List<Article> normalized = raw.stream().map(steps.normalizer()::normalize).toList();
        List<Article> tagged = normalized.stream().map(steps.languageTagger()::tagged).toList();
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            raw.forEach(steps.normalizer()::normalize);
            normalized.forEach(steps.languageTagger()::tagged);
            tagged.forEach(steps.fingerprinter()::fingerprint);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] normalize = new double[rounds];
        double[] language = new double[rounds];
        double[] fingerprint = new double[rounds];
        // Printed at the end, so that no result can be optimized away.
        long outputChars = 0;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (RawArticle article : raw) {
                outputChars += steps.normalizer().normalize(article).text().length();
            }
            long normalizedAt = threads.getCurrentThreadCpuTime();
            for (Article article : normalized) {
                outputChars += steps.languageTagger().tagged(article).language().length();
            }
            long taggedAt = threads.getCurrentThreadCpuTime();
            for (Article article : tagged) {
                outputChars += steps.fingerprinter().fingerprint(article).bandKeys().size();
            }
            long fingerprintedAt = threads.getCurrentThreadCpuTime();
            normalize[round] = (normalizedAt - start) / 1e6 / articles;
            language[round] = (taggedAt - normalizedAt) / 1e6 / articles;
            fingerprint[round] = (fingerprintedAt - taggedAt) / 1e6 / articles;
        }
        System.out.println("normalize ms CPU/article: " + summary(normalize));
        System.out.println("language  ms CPU/article: " + summary(language));
        System.out.println("fingerprint ms CPU/article: " + summary(fingerprint));
        System.out.println("(" + outputChars + " characters of output)");
    }

    private static String summary(double[] perRound) {
        StringBuilder line = new StringBuilder();
        for (double value : perRound) {
            line.append(String.format("%.3f ", value));
        }
        double[] sorted = perRound.clone();
        Arrays.sort(sorted);
        return line.append(String.format(" median %.3f", sorted[sorted.length / 2])).toString();
    }
}
