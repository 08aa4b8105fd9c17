package io.eventwire.bench.floor;

import io.eventwire.bench.Workload;
import io.eventwire.bench.corpus.GeneratedArticle;
import io.eventwire.bench.steps.Steps;
import io.eventwire.bench.steps.Steps.Step;
import io.eventwire.bench.steps.Steps.Verdict;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The compute floor: every processing step in a tight loop on one thread, no Kafka. A warm-up pass over
 * the first articles (on its own state) lets the JIT compile the steps first; the measured pass then runs
 * the whole workload on fresh state, so its dedup sees the same history the pipeline's does.
 *
 * <p>It also checks the workload against the generator's truth (duplicates found, languages tagged), so a
 * figure never silently measures a pipeline that sends everything to the dead-letter queue.
 */
public final class ComputeFloor {

    private static final long BASE_TIMESTAMP = 1_700_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * @param cpuSeconds CPU time of the steps' thread. Not the process's: in a short run the JIT is still
     *                   compiling the steps and would count as their cost. The pipeline's figure is process CPU
     *                   (GC, JIT, broker included), so the CPU ratio errs against the pipeline.
     */
    public record Result(int articles, double seconds, double cpuSeconds, Map<Step, Long> nanosByStep,
                         Map<Verdict, Integer> verdicts,
                         long sanctionEvents, long marketEvents, int languageMatches, int duplicatesFound,
                         int duplicatesGenerated, int originalsFlagged) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double cpuMillisPerArticle() {
            return cpuSeconds * 1000 / articles;
        }

        /** Milliseconds per article spent in {@code step}. */
        public double millisPerArticle(Step step) {
            return nanosByStep.get(step) / 1e6 / articles;
        }
    }

    private ComputeFloor() {
    }

    /**
     * Runs the warm-up (at most {@code warmupArticles}, at most {@code warmupBudget}), then the workload until
     * its end or until {@code budget} has passed.
     */
    public static Result run(Workload workload, int warmupArticles, Duration warmupBudget, Duration budget) {
        try (Steps warm = new Steps()) {
            long warmupDeadline = System.nanoTime() + warmupBudget.toNanos();
            for (int i = 0; i < Math.min(warmupArticles, workload.size()) && System.nanoTime() < warmupDeadline; i++) {
                warm.process(workload.items().get(i).value(), BASE_TIMESTAMP + i);
            }
        }
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        long sanctions = 0;
        long markets = 0;
        int languageMatches = 0;
        int duplicatesFound = 0;
        int duplicatesGenerated = 0;
        int originalsFlagged = 0;
        try (Steps steps = new Steps()) {
            long started = System.nanoTime();
            long cpuStarted = THREADS.getCurrentThreadCpuTime();
            long deadline = started + budget.toNanos();
            int done = 0;
            for (int i = 0; i < workload.size() && System.nanoTime() < deadline; i++) {
                done++;
                Workload.Item item = workload.items().get(i);
                Steps.Outcome outcome = steps.process(item.value(), BASE_TIMESTAMP + i);
                verdicts.merge(outcome.verdict(), 1, Integer::sum);
                sanctions += outcome.sanctionEvents();
                markets += outcome.marketEvents();
                GeneratedArticle.Kind kind = item.article().kind();
                boolean duplicate = outcome.verdict() == Verdict.EXACT_DUPLICATE
                        || outcome.verdict() == Verdict.NEAR_DUPLICATE;
                if (kind == GeneratedArticle.Kind.ORIGINAL) {
                    originalsFlagged += duplicate ? 1 : 0;
                    languageMatches += item.article().language().code().equals(outcome.language()) ? 1 : 0;
                } else {
                    duplicatesGenerated++;
                    duplicatesFound += duplicate ? 1 : 0;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            return new Result(done, seconds, cpuSeconds, steps.nanosByStep(), verdicts, sanctions, markets,
                    languageMatches, duplicatesFound, duplicatesGenerated, originalsFlagged);
        }
    }
}
