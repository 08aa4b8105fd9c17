package io.eventwire.cli;

import io.eventwire.contracts.config.Settings;
import io.eventwire.processor.topology.PipelineSteps;
import io.eventwire.processor.topology.PipelineTopology;
import io.eventwire.processor.topology.ProcessorRunner;
import io.eventwire.processor.topology.ProcessorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Runs the stream processor until interrupted. */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Run the Kafka Streams topology (news.raw to articles, duplicates, events, dead letters) "
                + "until Ctrl-C.")
final class ProcessCommand implements Runnable {

    @Mixin
    private ConfigOptions options;

    @Mixin
    private ProcessorOptions processorOptions;

    @Option(names = "--threads", description = "Stream threads (num.stream.threads, default 1).")
    private Integer threads;

    @Override
    public void run() {
        Map<String, String> flags = processorOptions.flags();
        flags.put("num.stream.threads", threads == null ? null : threads.toString());
        Settings settings = options.settings(Map.of(), flags);
        ProcessorSettings processor = new ProcessorSettings(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        try (ProcessorRunner runner = new ProcessorRunner(processor,
                PipelineTopology.build(processor.topics(), PipelineSteps.from(processor)))) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            runner.start();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
