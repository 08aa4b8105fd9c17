package io.eventwire.cli;

import io.eventwire.cli.demo.Demo;
import io.eventwire.cli.demo.DemoOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code eventwire demo}: the whole pipeline on an embedded broker and the bundled sample news. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline: an embedded Kafka broker, the bundled sample news site, the "
                + "crawler, the stream processor and the sink; print a summary; leave Elasticsearch-ready "
                + "files in ./out.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "DIR", description = "Crawl these local files instead of the sample "
            + "site (e.g. ../shared/seeds).")
    private Path input;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Output folder (default ${DEFAULT-VALUE}); emptied if an earlier demo wrote it.")
    private Path out;

    @Option(names = "--bootstrap-servers", description = "Use this Kafka cluster instead of an embedded broker.")
    private String bootstrapServers;

    @Option(names = "--es-url", description = "Also index into this Elasticsearch or OpenSearch.")
    private String esUrl;

    @Option(names = "--keep-running", description = "Keep polling the sources until Ctrl-C.")
    private boolean keepRunning;

    @Option(names = "--sample-port", defaultValue = "18080",
            description = "Port of the sample site (default ${DEFAULT-VALUE}; 0 for any free port).")
    private int samplePort;

    @Override
    public Integer call() throws Exception {
        new Demo(new DemoOptions(Optional.ofNullable(input), out, Optional.ofNullable(bootstrapServers),
                Optional.ofNullable(esUrl), keepRunning, samplePort), System.out).run();
        return 0;
    }
}
