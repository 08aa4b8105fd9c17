package io.eventwire.cli;

import io.eventwire.processor.replay.ProcessorReset;
import io.eventwire.processor.topology.PipelineSteps;
import io.eventwire.processor.topology.PipelineTopology;
import io.eventwire.processor.topology.ProcessorRunner;
import io.eventwire.processor.topology.ProcessorSettings;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Resets the stream processor and reprocesses news.raw: after an extractor upgrade, the same things get the
 * same ids, so downstream indexes are overwritten, never doubled.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Reset the stream processor to the beginning of news.raw (or --from a time), clear its "
                + "internal topics and local state, then reprocess until caught up. Stop every running "
                + "processor instance first.")
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    private ConfigOptions options;

    @Option(names = "--from", paramLabel = "TIME",
            description = "Replay records from this ISO-8601 instant (e.g. 2024-05-01T00:00:00Z); default: all.")
    private Instant from;

    @Mixin
    private ProcessorOptions processorOptions;

    @Option(names = "--reset-only", description = "Reset, but do not reprocess (start 'eventwire process' later).")
    private boolean resetOnly;

    @Option(names = "--timeout", defaultValue = "PT30M",
            description = "Longest wait for the reprocessing to catch up (default ${DEFAULT-VALUE}).")
    private Duration timeout;

    @Override
    public Integer call() throws Exception {
        ProcessorSettings settings = new ProcessorSettings(options.settings(Map.of(), processorOptions.flags()));
        return replay(settings, Optional.ofNullable(from), !resetOnly, timeout);
    }

    static int replay(ProcessorSettings settings, Optional<Instant> from, boolean reprocess, Duration timeout)
            throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", settings.settings().require("bootstrap.servers")))) {
            ProcessorReset.Report report = new ProcessorReset(admin, settings).reset(from);
            System.out.println("reset: " + report.inputOffsets().size() + " input partitions, "
                    + report.deletedInternalTopics().size() + " internal topics deleted");
        }
        if (reprocess) {
            try (ProcessorRunner runner = new ProcessorRunner(settings,
                    PipelineTopology.build(settings.topics(), PipelineSteps.from(settings)))) {
                runner.start();
                runner.awaitIdle(Duration.ofSeconds(3), timeout);
                System.out.println("replayed: " + runner.processedRecords() + " records processed");
            }
        }
        return 0;
    }
}
