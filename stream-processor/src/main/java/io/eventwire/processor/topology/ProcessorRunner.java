package io.eventwire.processor.topology;

import io.eventwire.contracts.topic.TopicCreator;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the topology: creates missing topics, starts Kafka Streams, reports progress, and tells when the
 * application has caught up with its inputs (the demo drains and stops; a service runs until closed).
 */
public final class ProcessorRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorRunner.class);

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final ProcessorSettings settings;
    private final KafkaStreams streams;
    /** Reads the inputs' end offsets while waiting for idleness; created on the first wait. */
    private Admin admin;

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
     * Waits until every input partition is read to its end with no upstream transaction open on it, and no record
     * was processed for {@code quiet}: the outputs of everything consumed so far are then committed.
     */
    public void awaitIdle(Duration quiet, Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastProcessed = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long processed = processedRecords();
            boolean running = streams.state() == KafkaStreams.State.RUNNING;
            Set<TopicPartition> inputs = activeInputs();
            if (processed != lastProcessed || !running || maxLag(inputs) > 0 || transactionOpenOn(inputs)) {
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
    private double maxLag(Set<TopicPartition> inputs) {
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

    /** The input partitions of this instance's active tasks. */
    private Set<TopicPartition> activeInputs() {
        Set<TopicPartition> inputs = new HashSet<>();
        streams.metadataForLocalThreads().forEach(thread -> thread.activeTasks()
                .forEach(task -> inputs.addAll(task.topicPartitions())));
        return inputs;
    }

    /**
     * Whether an upstream task's transaction is still open on one of the {@code inputs}: its records are written
     * but invisible to a read_committed consumer, so the lag shows nothing yet. On a loaded broker the commit that
     * closes it took longer than the quiet time, and the run ended with the last records never read.
     */
    private boolean transactionOpenOn(Set<TopicPartition> inputs) throws InterruptedException {
        if (inputs.isEmpty()) {
            return false;
        }
        if (admin == null) {
            admin = Admin.create(new StreamsConfig(settings.streamsProperties()).getAdminConfigs("eventwire-idle-check"));
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        inputs.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        return transactionOpen(inputs, endOffsets(latest, IsolationLevel.READ_COMMITTED),
                endOffsets(latest, IsolationLevel.READ_UNCOMMITTED));
    }

    private Map<TopicPartition, Long> endOffsets(Map<TopicPartition, OffsetSpec> latest, IsolationLevel isolation)
            throws InterruptedException {
        try {
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all().get(ADMIN_TIMEOUT.toMillis(),
                    TimeUnit.MILLISECONDS).forEach((partition, info) -> offsets.put(partition, info.offset()));
            return offsets;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the end offsets of the processor's inputs", e);
        }
    }

    /**
     * Whether an input's last stable offset (what read_committed sees) falls short of its end: a transaction on it
     * is open. An input missing from either map counts as open, as nothing is known of it.
     */
    static boolean transactionOpen(Set<TopicPartition> inputs, Map<TopicPartition, Long> lastStable,
                                   Map<TopicPartition, Long> ends) {
        return inputs.stream().anyMatch(input -> !lastStable.containsKey(input) || !ends.containsKey(input)
                || lastStable.get(input) < ends.get(input));
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
        if (admin != null) {
            admin.close(ADMIN_TIMEOUT);
        }
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
