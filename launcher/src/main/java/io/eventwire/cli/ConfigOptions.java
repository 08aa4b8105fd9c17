package io.eventwire.cli;

import io.eventwire.contracts.config.Settings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The options every component command shares: where Kafka is, the topic prefix, and a properties file.
 * Settings are layered: defaults, then {@code --config FILE}, then {@code EVENTWIRE_*} variables, then flags.
 */
final class ConfigOptions {

    @Option(names = "--bootstrap-servers", description = "Kafka cluster (bootstrap.servers).")
    String bootstrapServers;

    @Option(names = "--topic-prefix", description = "Prefix of every topic name (topic.prefix).")
    String topicPrefix;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file of settings (see the README for each component's keys).")
    Path config;

    /** The layered settings, with the command's own flags ({@code flags}) on top. */
    Settings settings(Map<String, String> defaults, Map<String, String> flags) {
        Map<String, String> all = new HashMap<>(flags);
        all.put("bootstrap.servers", bootstrapServers);
        all.put("topic.prefix", topicPrefix);
        return Settings.load(defaults, Optional.ofNullable(config), System.getenv(), all);
    }
}
