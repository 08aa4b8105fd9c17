package io.eventwire.testkit;

/**
 * A Kafka cluster an integration test runs against: the in-process broker always, a Testcontainers broker
 * where a Docker engine exists.
 */
public interface KafkaBackend extends AutoCloseable {

    String name();

    String bootstrapServers();

    @Override
    void close();
}
