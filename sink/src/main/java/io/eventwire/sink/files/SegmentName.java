package io.eventwire.sink.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The name of a finished bulk file: {@code <sequence>-<topic>-<partition>-<firstOffset>-<lastOffset>.ndjson},
 * numbers zero-padded so that the names sort in the order the files were written. The offsets say which
 * records a file holds, so a restarted sink knows what is already on disk; the sequence says which file
 * wins where two hold the same {@code _id} (the later one).
 */
public record SegmentName(long sequence, String topic, int partition, long firstOffset, long lastOffset) {

    public static final String SUFFIX = ".ndjson";

    public String fileName() {
        return String.format("%012d-%s-%d-%020d-%020d%s", sequence, topic, partition, firstOffset, lastOffset, SUFFIX);
    }

    /** The name's parts, or empty for a name of another form (a compacted file, a temporary file). */
    public static Optional<SegmentName> parse(String fileName) {
        if (!fileName.endsWith(SUFFIX) || fileName.startsWith(".")) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, fileName.length() - SUFFIX.length());
        // The topic may itself contain '-': the numbers are read from both ends.
        String[] parts = stem.split("-");
        if (parts.length < 5) {
            return Optional.empty();
        }
        try {
            long sequence = Long.parseLong(parts[0]);
            long last = Long.parseLong(parts[parts.length - 1]);
            long first = Long.parseLong(parts[parts.length - 2]);
            int partition = Integer.parseInt(parts[parts.length - 3]);
            String topic = String.join("-", Arrays.copyOfRange(parts, 1, parts.length - 3));
            return topic.isEmpty() ? Optional.empty()
                    : Optional.of(new SegmentName(sequence, topic, partition, first, last));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The sequence number any finished file name starts with (data or compacted), or empty. */
    public static Optional<Long> sequenceOf(String fileName) {
        if (!fileName.endsWith(SUFFIX) || fileName.startsWith(".")) {
            return Optional.empty();
        }
        int dash = fileName.indexOf('-');
        try {
            return Optional.of(Long.parseLong(fileName.substring(0, dash < 0 ? 0 : dash)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
