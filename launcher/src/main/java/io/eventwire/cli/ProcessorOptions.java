package io.eventwire.cli;

import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/**
 * The options naming a stream processor: {@code replay} has to reset exactly the application and state that
 * {@code process} runs, so both take them from here.
 */
final class ProcessorOptions {

    @Option(names = "--application-id", description = "Kafka Streams application id (default eventwire-processor).")
    String applicationId;

    @Option(names = "--state-dir", description = "Directory of the local state stores.")
    String stateDir;

    /** The settings these options set; an option not given is null, so the lower layers decide. */
    Map<String, String> flags() {
        Map<String, String> flags = new HashMap<>();
        flags.put("application.id", applicationId);
        flags.put("state.dir", stateDir);
        return flags;
    }
}
