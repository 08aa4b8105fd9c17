package io.eventwire.bench;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts the sends that failed. A benchmark that loses records silently measures less work than it
 * reports, so every load ends with {@link #flushAndCheck}, which fails the run on any lost record.
 */
public final class Sends implements Callback {

    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Exception> first = new AtomicReference<>();

    @Override
    public void onCompletion(RecordMetadata metadata, Exception exception) {
        if (exception != null) {
            failed.incrementAndGet();
            first.compareAndSet(null, exception);
        }
    }

    /** Flushes {@code producer} and throws if any send through this callback failed. */
    public void flushAndCheck(KafkaProducer<?, ?> producer, String what) {
        producer.flush();
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " records of " + what + " were not written", first.get());
        }
    }
}
