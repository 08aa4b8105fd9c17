package io.eventwire.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/** The official {@code apache/kafka} image in a container, where a Docker engine runs. */
public final class ContainerBackend implements KafkaBackend {

    public static final String IMAGE = "apache/kafka:4.1.1";

    private final KafkaContainer container;

    public ContainerBackend() {
        this.container = new KafkaContainer(IMAGE);
        container.start();
    }

    /** True when a Docker engine answers; probing it never throws. */
    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public String name() {
        return "testcontainers";
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }

    @Override
    public String toString() {
        return name();
    }
}
