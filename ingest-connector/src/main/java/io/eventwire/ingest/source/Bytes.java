package io.eventwire.ingest.source;

/** Byte-level checks shared by fetched bodies and local files. */
public final class Bytes {

    private static final int SNIFF = 1024;

    private Bytes() {
    }

    /**
     * True for content that is not text: a NUL byte in the first kilobyte (which no HTML or text in an
     * ASCII-compatible charset has), unless a UTF-16 byte-order mark announces it.
     */
    public static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            return false;
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
