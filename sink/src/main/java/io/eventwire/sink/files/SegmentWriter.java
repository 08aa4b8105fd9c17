package io.eventwire.sink.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The file being written for one topic-partition: a hidden temporary file that becomes a {@link SegmentName}
 * only once it is complete and on disk. A crash before {@link #seal} leaves a temporary file, which the next
 * start deletes: its records were never committed, so they are consumed and written again.
 *
 * <p>Actions are gathered in a direct buffer lent by the {@link FileOutput} (handed back by {@link #seal} or
 * {@link #discard}): the channel writes a direct buffer as it is, where a heap buffer would first be copied into a
 * temporary direct one.
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
    private final ByteBuffer buffer;
    private long lastOffset;
    private long bytes;
    private long actions;

    SegmentWriter(Path dir, String topic, int partition, long firstOffset, long openedAtMillis, ByteBuffer buffer) {
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
        this.buffer = buffer.clear();
    }

    void write(byte[] action, long offset) {
        for (int from = 0; from < action.length; ) {
            if (!buffer.hasRemaining()) {
                drain();
            }
            int length = Math.min(buffer.remaining(), action.length - from);
            buffer.put(action, from, length);
            from += length;
        }
        lastOffset = offset;
        bytes += action.length;
        actions++;
    }

    /** Writes what the buffer holds to the file. */
    private void drain() {
        buffer.flip();
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + temp, e);
        }
        buffer.clear();
    }

    /** The buffer this writer was lent; for the next writer once this one is sealed or discarded. */
    ByteBuffer buffer() {
        return buffer;
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
        drain();
        try {
            channel.force(true);
            channel.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish " + temp + " as " + target, e);
        }
    }

    /** Closes and deletes the temporary file: its records were not committed and will be read again. */
    void discard() {
        try {
            channel.close();
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
