package io.eventwire.processor.topology;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.testkit.KafkaBackend;

import java.nio.file.Path;
import java.util.Map;

/** The processor as the integration tests run it: the defaults, on a test's broker, topics and state. */
public final class TestProcessors {

    private TestProcessors() {
    }

    public static ProcessorSettings settings(KafkaBackend kafka, Topics topics, String applicationId, Path stateDir) {
        return new ProcessorSettings(Settings.of(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(), "topic.prefix", topics.prefix(),
                "application.id", applicationId, "state.dir", stateDir.toString())));
    }

    /** A runner of the whole topology with {@link #settings}. */
    public static ProcessorRunner runner(KafkaBackend kafka, Topics topics, String applicationId, Path stateDir) {
        ProcessorSettings settings = settings(kafka, topics, applicationId, stateDir);
        return new ProcessorRunner(settings, PipelineTopology.build(topics, PipelineSteps.from(settings)));
    }
}
