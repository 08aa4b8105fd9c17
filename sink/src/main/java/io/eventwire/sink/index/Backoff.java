package io.eventwire.sink.index;

import io.eventwire.sink.consume.StoppedWhileRetrying;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Exponential backoff with jitter, capped, with no limit on attempts: the engine being down for an hour is
 * something to wait out, not a reason to drop records. A wait ends early when the sink is stopped.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final CountDownLatch stopped;

    public Backoff(Duration initial, Duration max, CountDownLatch stopped) {
        this.initial = initial;
        this.max = max;
        this.stopped = stopped;
    }

    /**
     * The wait before retry {@code attempt} (1 for the first retry): {@code initial · 2^(attempt-1)}, capped at
     * {@code max}, then a random point in its upper half, so that many sinks do not retry in step.
     */
    public Duration delay(int attempt) {
        long ceiling = initial.toMillis() << Math.min(attempt - 1, 30);
        long capped = Math.min(Math.max(ceiling, 1), max.toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    /** Waits before retry {@code attempt}; throws when the sink is stopped meanwhile. */
    public void await(int attempt) {
        try {
            if (stopped.await(delay(attempt).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoppedWhileRetrying("stopped while waiting to retry");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoppedWhileRetrying("interrupted while waiting to retry");
        }
    }

    public boolean isStopped() {
        return stopped.getCount() == 0;
    }
}
