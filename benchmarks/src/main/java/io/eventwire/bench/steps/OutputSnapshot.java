package io.eventwire.bench.steps;

import io.eventwire.bench.Workload;
import io.eventwire.bench.corpus.CorpusGenerator;
import io.eventwire.bench.corpus.CorpusSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes every output record of the compute floor's steps (articles, duplicate verdicts, sanction, market and
 * consolidated events, dead letters), one JSON a line, for the first articles of the benchmark corpus. A speed-up
 * must leave this file byte-identical: run it before and after, then {@code cmp}. Run:
 * {@code java -cp "launcher/target/launcher-0.1.0-SNAPSHOT.jar:launcher/target/lib/*"
 * io.eventwire.bench.steps.OutputSnapshot 500 42 outputs.jsonl} (articles, corpus seed, file).
 */
public final class OutputSnapshot {

    private static final long BASE_TIMESTAMP = 1_700_000_000_000L;

    private OutputSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        int articles = Integer.parseInt(args[0]);
        Workload workload = Workload.generate(new CorpusGenerator(CorpusSpec.defaults(Long.parseLong(args[1]))), 0,
                articles);
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]));
             Steps steps = new Steps(json -> writeLine(out, json))) {
            for (int i = 0; i < workload.size(); i++) {
                steps.process(workload.items().get(i).value(), BASE_TIMESTAMP + i);
            }
            // A rough cost per step on the way (no warm-up): the benchmark's compute floor is the figure to quote.
            steps.nanosByStep().forEach((step, nanos) -> System.err.printf(Locale.ROOT, "%-12s %8.3f ms/article%n",
                    step.name().toLowerCase(Locale.ROOT), nanos / 1e6 / workload.size()));
        }
    }

    private static void writeLine(OutputStream out, byte[] json) {
        try {
            out.write(json);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
