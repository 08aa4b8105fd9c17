package io.eventwire.processor.topology;

import io.eventwire.contracts.topic.TopicCreator;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Runs the topology: creates missing topics, starts Kafka Streams, reports progress, and tells when the
 * application has caught up with its inputs (the demo drains and stops; a service runs until closed).
 */
public final class ProcessorRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorRunner.class);

    private final ProcessorSettings settings;
    private final KafkaStreams streams;

    public ProcessorRunner(ProcessorSettings settings, Topology topology) {
        this.settings = settings;
        this.streams = new KafkaStreams(topology, settings.streamsProperties());
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("Stream thread failed; replacing it (the task resumes from its last commit)", error);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                    .REPLACE_THREAD;
        });
    }

    public void start() {
        TopicCreator.createMissing(settings.settings().require("bootstrap.servers"), settings.topics().all());
        streams.start();
        LOG.info("Processor {} started on {}", settings.applicationId(), settings.settings().require("bootstrap.servers"));
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Records processed so far by every task of this instance. */
    public long processedRecords() {
        return (long) sumMetric("process-total", "stream-thread-metrics");
    }

    /**
     * Waits until every input partition is read to its end and no record was processed for {@code quiet}:
     * the outputs of everything consumed so far are then committed.
     */
    public void awaitIdle(Duration quiet, Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastProcessed = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long processed = processedRecords();
            boolean running = streams.state() == KafkaStreams.State.RUNNING;
            if (processed != lastProcessed || !running || maxLag() > 0) {
                lastProcessed = processed;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= quiet.toNanos()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new TimeoutException("processor not idle after " + timeout + " (state " + streams.state() + ")");
    }

    /**
     * The largest consumer lag (position to last stable offset) of the input partitions of this instance's
     * active tasks; infinite while one of them has no known lag. A partition's lag is known once a fetch for it
     * returned: on a loaded machine the threads can be running with their assignment for seconds before that,
     * and reading no lag as none made the processor look idle before it had read anything.
     */
    private double maxLag() {
        Set<TopicPartition> inputs = new HashSet<>();
        streams.metadataForLocalThreads().forEach(thread -> thread.activeTasks()
                .forEach(task -> inputs.addAll(task.topicPartitions())));
        Map<TopicPartition, Double> lags = new HashMap<>();
        for (Map.Entry<MetricName, ? extends Metric> entry : streams.metrics().entrySet()) {
            MetricName name = entry.getKey();
            String topic = name.tags().get("topic");
            String partition = name.tags().get("partition");
            if (name.name().equals("records-lag") && name.group().equals("consumer-fetch-manager-metrics")
                    && topic != null && partition != null && entry.getValue().metricValue() instanceof Double lag
                    && !lag.isNaN()) {
                lags.merge(new TopicPartition(topic, Integer.parseInt(partition)), lag, Math::max);
            }
        }
        return largestLag(inputs, lags);
    }

    /** The largest of the {@code inputs}' lags; infinite where one of them is not in {@code lags}. */
    static double largestLag(Set<TopicPartition> inputs, Map<TopicPartition, Double> lags) {
        double largest = 0;
        for (TopicPartition input : inputs) {
            largest = Math.max(largest, lags.getOrDefault(input, Double.POSITIVE_INFINITY));
        }
        return largest;
    }

    private double sumMetric(String metric, String group) {
        double sum = 0;
        for (Map.Entry<MetricName, ? extends Metric> entry : streams.metrics().entrySet()) {
            if (entry.getKey().name().equals(metric) && entry.getKey().group().equals(group)
                    && entry.getValue().metricValue() instanceof Double value && !value.isNaN()) {
                sum += value;
            }
        }
        return sum;
    }

    /**
     * Stops and leaves the group at once, so that a replay or another instance need not wait for the
     * session to time out.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
