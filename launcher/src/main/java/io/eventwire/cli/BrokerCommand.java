package io.eventwire.cli;

import io.eventwire.broker.EmbeddedKafka;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.CountDownLatch;

/** Runs the embedded single-node broker until interrupted, with the pipeline's topics created. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run a real single-node Kafka broker (KRaft) in this process until Ctrl-C, "
                + "with every Eventwire topic created.")
final class BrokerCommand implements Runnable {

    @Option(names = "--topic-prefix", defaultValue = "", description = "Prefix of every topic name.")
    private String topicPrefix;

    @Override
    public void run() {
        CountDownLatch stopped = new CountDownLatch(1);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            TopicCreator.createMissing(kafka.bootstrapServers(), new Topics(topicPrefix).all());
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            System.out.println("Kafka broker ready: --bootstrap-servers " + kafka.bootstrapServers());
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
