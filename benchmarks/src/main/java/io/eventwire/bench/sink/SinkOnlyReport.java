package io.eventwire.bench.sink;

import io.eventwire.bench.report.BenchReport;
import io.eventwire.contracts.serde.Json;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of {@code eventwire bench --only sink}: the sink measurement repeated on one broker, one row per
 * repetition. The first repetition pays for the JIT; the later ones are what a long-running sink does. CPU per
 * document is the whole process's (the embedded broker serving the fetches included), so it compares builds
 * even when the neighbours' load moves the wall-clock rate.
 */
public record SinkOnlyReport(BenchReport.Machine machine, int corpusArticles, Map<String, String> sinkSettings,
                             List<SinkBench.Result> runs) {

    public void printTable(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "Eventwire sink bench — %s; corpus %d articles%n%n", machine.describe(),
                corpusArticles);
        if (!sinkSettings.isEmpty()) {
            out.println("Sink settings changed for this run: " + sinkSettings);
        }
        out.println("| run | documents | seconds | documents/s | MB/s | ms CPU per document: process | loop thread "
                + "| mapping threads | projected on idle cores, documents/s |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < runs.size(); i++) {
            SinkBench.Result run = runs.get(i);
            out.printf(Locale.ROOT, "| %d | %d | %.2f | %,.0f | %.1f | %.4f | %.4f | %.4f | %,.0f |%n", i + 1,
                    run.documents(), run.seconds(), run.documentsPerSecond(), run.bytes() / run.seconds() / 1e6,
                    run.cpuMillisPerDocument(), run.loopCpuMillisPerDocument(), run.mappingCpuMillisPerDocument(),
                    run.projectedDocumentsPerSecond(machine.cores()));
        }
        out.println();
    }

    /** The figures as one JSON object on one line. */
    public String json() {
        Map<String, Object> root = machine.jsonHead("sink", corpusArticles);
        root.put("sink_settings", sinkSettings);
        root.put("sink_documents", runs.stream().map(SinkBench.Result::documents).toList());
        root.put("sink_documents_per_s", runs.stream().map(run -> round(run.documentsPerSecond())).toList());
        root.put("sink_cpu_ms_per_document", runs.stream().map(run -> round(run.cpuMillisPerDocument())).toList());
        root.put("sink_loop_cpu_ms_per_document",
                runs.stream().map(run -> round(run.loopCpuMillisPerDocument())).toList());
        root.put("sink_mapping_cpu_ms_per_document",
                runs.stream().map(run -> round(run.mappingCpuMillisPerDocument())).toList());
        root.put("sink_projected_idle_documents_per_s",
                runs.stream().map(run -> round(run.projectedDocumentsPerSecond(machine.cores()))).toList());
        return Json.toJson(root);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
