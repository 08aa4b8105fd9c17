package io.eventwire.sink.index;

import io.eventwire.sink.consume.StoppedWhileRetrying;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    @Test
    void delaysDoubleWithJitterUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), new CountDownLatch(1));
        for (int i = 0; i < 200; i++) {
            long first = backoff.delay(1).toMillis();
            long fourth = backoff.delay(4).toMillis();
            long late = backoff.delay(40).toMillis();
            assertTrue(first >= 50 && first <= 100, "first " + first);
            assertTrue(fourth >= 400 && fourth <= 800, "fourth " + fourth);
            assertTrue(late >= 2500 && late <= 5000, "capped " + late);
        }
    }

    @Test
    void aStoppedSinkDoesNotWait() {
        CountDownLatch stopped = new CountDownLatch(1);
        stopped.countDown();
        Backoff backoff = new Backoff(Duration.ofHours(1), Duration.ofHours(1), stopped);
        assertThrows(StoppedWhileRetrying.class, () -> backoff.await(1));
    }
}
