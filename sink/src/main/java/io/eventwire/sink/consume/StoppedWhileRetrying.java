package io.eventwire.sink.consume;

/**
 * Thrown out of {@link Output#flush()} when the sink is stopped while the destination is unavailable: the loop
 * returns without committing, so those records are read again at the next start.
 */
public class StoppedWhileRetrying extends RuntimeException {

    public StoppedWhileRetrying(String message) {
        super(message);
    }
}
