package io.eventwire.sink.document;

import java.nio.charset.StandardCharsets;

/**
 * One {@code _bulk} action as the NDJSON bytes sent or written: an {@code index} line and the document, or a
 * lone {@code delete} line for a tombstone. Each line ends with '\n'.
 */
public record BulkAction(String index, String id, boolean delete, byte[] bytes) {

    public int size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return (delete ? "delete " : "index ") + index + "/" + id + " (" + bytes.length + " bytes)";
    }

    /** The NDJSON text, for tests and error messages. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
