package io.eventwire.sink.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file being written for one topic-partition: a hidden temporary file that becomes a {@link SegmentName}
 * only once it is complete and on disk. A crash before {@link #seal} leaves a temporary file, which the next
 * start deletes: its records were never committed, so they are consumed and written again.
 */
final class SegmentWriter {

    static final String TEMP_SUFFIX = ".tmp";

    private final Path dir;
    private final String topic;
    private final int partition;
    private final long firstOffset;
    private final long openedAtMillis;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private long lastOffset;
    private long bytes;
    private long actions;

    SegmentWriter(Path dir, String topic, int partition, long firstOffset, long openedAtMillis) {
        this.dir = dir;
        this.topic = topic;
        this.partition = partition;
        this.firstOffset = firstOffset;
        this.lastOffset = firstOffset;
        this.openedAtMillis = openedAtMillis;
        this.temp = dir.resolve("." + topic + "-" + partition + "-" + firstOffset + SegmentName.SUFFIX + TEMP_SUFFIX);
        try {
            this.channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + temp, e);
        }
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    void write(byte[] action, long offset) {
        try {
            out.write(action);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temp, e);
        }
        lastOffset = offset;
        bytes += action.length;
        actions++;
    }

    long bytes() {
        return bytes;
    }

    long actions() {
        return actions;
    }

    long openedAtMillis() {
        return openedAtMillis;
    }

    /**
     * Flushes, forces the bytes to disk and renames the file to its final name (atomically: a reader sees the
     * whole file or none). The directory itself is forced by the caller, once for all files of a flush.
     */
    Path seal(long sequence) {
        Path target = dir.resolve(new SegmentName(sequence, topic, partition, firstOffset, lastOffset).fileName());
        try {
            out.flush();
            channel.force(true);
            out.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish " + temp + " as " + target, e);
        }
    }

    /** Closes and deletes the temporary file: its records were not committed and will be read again. */
    void discard() {
        try {
            out.close();
        } catch (IOException e) {
            // the file is deleted next; a failed close changes nothing
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + temp, e);
        }
    }
}
