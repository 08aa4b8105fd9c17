package io.eventwire.contracts.serde;

/** A record value that is not what its topic promises: not JSON, the wrong type, or missing fields. */
public class InvalidRecordException extends RuntimeException {

    public InvalidRecordException(String message, Throwable cause) {
        super(message, cause);
    }

    public InvalidRecordException(String message) {
        super(message);
    }
}
