package io.eventwire.cli;

import io.eventwire.contracts.config.Settings;
import io.eventwire.sink.SinkRunner;
import io.eventwire.sink.SinkSummary;
import io.eventwire.sink.document.IndexKind;
import io.eventwire.sink.files.FolderCompactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Materializes the enriched topics as bulk NDJSON files, or indexes them into Elasticsearch / OpenSearch. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Consume the enriched topics and write Elasticsearch-ready bulk NDJSON files with index "
                + "templates (default), or index them into Elasticsearch 8/9 or OpenSearch 2 with --es-url.",
                "Credentials and TLS from the config file or the environment: EVENTWIRE_ES_USERNAME, "
                        + "EVENTWIRE_ES_PASSWORD, EVENTWIRE_ES_API_KEY, EVENTWIRE_ES_TLS_CA_FILE."})
final class SinkCommand implements Runnable {

    @Mixin
    private ConfigOptions options;

    @Option(names = "--out", description = "Folder for the bulk files and templates (default out/sink).")
    private Path out;

    @Option(names = "--es-url", description = "Index into this engine instead of writing files, e.g. http://localhost:9200.")
    private String esUrl;

    @Option(names = "--group-id", description = "Consumer group (default eventwire-sink).")
    private String groupId;

    @Option(names = "--include-dlq", description = "Also index news.dlq into the errors index.")
    private Boolean includeDlq;

    @Option(names = "--from-beginning",
            description = "Replay: read every topic from its beginning and write everything again.")
    private boolean fromBeginning;

    @Option(names = "--until-idle", arity = "0..1", fallbackValue = "5", paramLabel = "SECONDS",
            description = "Exit once caught up and nothing new arrived for SECONDS (default ${FALLBACK-VALUE}); "
                    + "without it the sink runs until Ctrl-C.")
    private Long untilIdleSeconds;

    @Option(names = "--compact",
            description = "Compact the files in --out to one action per _id per index, then exit (no Kafka needed).")
    private boolean compact;

    @Override
    public void run() {
        Map<String, String> flags = new HashMap<>();
        flags.put("out.dir", out == null ? null : out.toString());
        flags.put("es.url", esUrl);
        flags.put("group.id", groupId);
        flags.put("include.dlq", includeDlq == null ? null : includeDlq.toString());
        flags.put("from.beginning", fromBeginning ? "true" : null);
        Settings settings = options.settings(SinkRunner.DEFAULTS, flags);
        if (compact) {
            compact(Path.of(settings.require("out.dir")), settings.require("index.prefix"));
            return;
        }
        try (SinkRunner sink = new SinkRunner(settings)) {
            SinkSummary summary;
            if (untilIdleSeconds != null) {
                summary = sink.runUntilIdle(Duration.ofSeconds(untilIdleSeconds));
            } else {
                CountDownLatch done = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    sink.stop();
                    awaitQuietly(done);
                }, "stop-sink"));
                try {
                    summary = sink.run();
                } finally {
                    done.countDown();
                }
            }
            System.out.println("sink: " + summary);
        }
    }

    private static void compact(Path root, String indexPrefix) {
        for (IndexKind kind : IndexKind.values()) {
            Path dir = root.resolve(kind.indexName(indexPrefix));
            if (Files.isDirectory(dir)) {
                FolderCompactor.Report report = FolderCompactor.compact(dir);
                System.out.println(dir + ": " + report.actions() + " actions, " + report.documents() + " documents");
            }
        }
    }

    private static void awaitQuietly(CountDownLatch done) {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
