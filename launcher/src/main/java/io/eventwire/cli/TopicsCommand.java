package io.eventwire.cli;

import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.TopicSpec;
import io.eventwire.contracts.topic.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** Creates (or lists) the pipeline's topics on a cluster. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Create every Eventwire topic that is missing on a cluster, with its configs.")
final class TopicsCommand implements Runnable {

    @Option(names = "--bootstrap-servers", required = true, description = "Kafka cluster to create the topics on.")
    private String bootstrapServers;

    @Option(names = "--topic-prefix", defaultValue = "", description = "Prefix of every topic name.")
    private String topicPrefix;

    @Option(names = "--partitions", description = "Partitions per topic (default ${DEFAULT-VALUE}).",
            defaultValue = "" + TopicSpec.DEFAULT_PARTITIONS)
    private int partitions;

    @Override
    public void run() {
        List<TopicSpec> specs = new Topics(topicPrefix).all().stream().map(spec -> spec.withPartitions(partitions))
                .toList();
        TopicCreator.createMissing(bootstrapServers, specs);
        specs.forEach(spec -> System.out.println(spec.name() + " " + spec.partitions() + " " + spec.configs()));
    }
}
