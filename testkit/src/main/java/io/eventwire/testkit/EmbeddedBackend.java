package io.eventwire.testkit;

import io.eventwire.broker.EmbeddedKafka;

/** The in-process KRaft broker as a test backend. */
public final class EmbeddedBackend implements KafkaBackend {

    private final EmbeddedKafka kafka;

    public EmbeddedBackend() {
        this.kafka = EmbeddedKafka.start();
    }

    public EmbeddedKafka broker() {
        return kafka;
    }

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void close() {
        kafka.close();
    }

    @Override
    public String toString() {
        return name();
    }
}
