package io.eventwire.sink.files;

import io.eventwire.sink.consume.Output;
import io.eventwire.sink.document.BulkAction;
import io.eventwire.sink.document.IndexLayout;
import io.eventwire.sink.template.IndexTemplates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Files mode: one folder per index under {@code out.dir}, holding bulk NDJSON files ready for
 * {@code curl --data-binary @file …/_bulk}, and {@code templates/<index>.json} beside them.
 *
 * <p>Each topic-partition is written to a file of its own (see {@link SegmentName}); all open files are
 * finished together at a flush, which the loop calls when a file reaches {@code maxBytes}, when the oldest
 * open file is {@code maxAge} old, and before it stops. Because every record of a key lands in the same
 * partition, two files only hold the same {@code _id} when one is a later write of it: applying the files in
 * name order (later wins) gives the current documents, and {@link FolderCompactor} reduces a folder to one
 * action per {@code _id}.
 */
public final class FileOutput implements Output {

    private static final Logger LOG = LoggerFactory.getLogger(FileOutput.class);
    public static final String TEMPLATES_DIR = "templates";
    static final String LOCK_FILE = ".sink.lock";
    /** Per open file; a write system call per 256 KiB. */
    private static final int WRITE_BUFFER_BYTES = 256 * 1024;

    private final Path root;
    private final IndexLayout layout;
    private final long maxBytes;
    private final long maxAgeMillis;
    private final Clock clock;
    private final Map<TopicPartition, SegmentWriter> open = new LinkedHashMap<>();
    private final Map<String, Path> dirs = new HashMap<>();
    /** The write buffers of sealed files, for the next ones (direct memory is slow to come back). */
    private final Deque<ByteBuffer> spareBuffers = new ArrayDeque<>();
    private final FileChannel lockChannel;
    private final FileLock lock;
    private long nextSequence;

    public FileOutput(Path root, IndexLayout layout, long maxBytes, Duration maxAge, Clock clock) {
        this.root = root;
        this.layout = layout;
        this.maxBytes = maxBytes;
        this.maxAgeMillis = maxAge.toMillis();
        this.clock = clock;
        for (String topic : layout.topics()) {
            dirs.put(topic, root.resolve(layout.indexOf(topic)));
        }
        try {
            Files.createDirectories(root);
            this.lockChannel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            // Sequence numbers order the files of a partition: two writers in one folder would interleave them.
            this.lock = tryLock(lockChannel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the output folder " + root, e);
        }
        if (lock == null) {
            closeQuietly(lockChannel);
            throw new IllegalStateException("another sink is writing to " + root + ": one sink per output folder");
        }
        this.nextSequence = prepare() + 1;
        writeTemplates();
    }

    /** Creates the folders, deletes unfinished files of an earlier run; returns the highest sequence in use. */
    private long prepare() {
        long highest = 0;
        try {
            for (Path dir : new TreeSet<>(dirs.values())) {
                Files.createDirectories(dir);
                for (Path file : list(dir)) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") && name.endsWith(SegmentWriter.TEMP_SUFFIX)) {
                        LOG.info("deleting unfinished file {} (its records were not committed)", file);
                        Files.delete(file);
                    } else {
                        highest = Math.max(highest, SegmentName.sequenceOf(name).orElse(0L));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the output folder " + root, e);
        }
        return highest;
    }

    private void writeTemplates() {
        Path dir = root.resolve(TEMPLATES_DIR);
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> template : IndexTemplates.all(layout).entrySet()) {
                Path target = dir.resolve(template.getKey() + ".json");
                Path temp = dir.resolve("." + template.getKey() + ".json" + SegmentWriter.TEMP_SUFFIX);
                Files.writeString(temp, template.getValue(), StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index templates to " + dir, e);
        }
    }

    @Override
    public Map<TopicPartition, Long> durablePositions(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        Set<String> topics = new TreeSet<>();
        partitions.forEach(partition -> topics.add(partition.topic()));
        for (String topic : topics) {
            for (Path file : list(dirs.get(topic))) {
                SegmentName.parse(file.getFileName().toString())
                        .filter(name -> name.topic().equals(topic))
                        .map(name -> Map.entry(new TopicPartition(topic, name.partition()), name.lastOffset() + 1))
                        .filter(entry -> partitions.contains(entry.getKey()))
                        .ifPresent(entry -> positions.merge(entry.getKey(), entry.getValue(), Math::max));
            }
        }
        return positions;
    }

    @Override
    public void write(ConsumerRecord<byte[], byte[]> record, BulkAction action) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        SegmentWriter writer = open.computeIfAbsent(partition, key -> new SegmentWriter(dirs.get(key.topic()),
                key.topic(), key.partition(), record.offset(), clock.millis(), spareBuffer()));
        writer.write(action.bytes(), record.offset());
    }

    @Override
    public boolean due() {
        long now = clock.millis();
        for (SegmentWriter writer : open.values()) {
            if (writer.bytes() >= maxBytes || now - writer.openedAtMillis() >= maxAgeMillis) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Rejected> flush() {
        if (open.isEmpty()) {
            return List.of();
        }
        Set<Path> touched = new TreeSet<>();
        for (SegmentWriter writer : open.values()) {
            touched.add(writer.seal(nextSequence++).getParent());
            spareBuffers.push(writer.buffer());
        }
        open.clear();
        // The renames are durable only once their directories are: a crash must not undo a rename after the
        // offsets it covers were committed.
        touched.forEach(FileOutput::forceDirectory);
        return List.of();
    }

    private ByteBuffer spareBuffer() {
        ByteBuffer spare = spareBuffers.poll();
        return spare != null ? spare : ByteBuffer.allocateDirect(WRITE_BUFFER_BYTES);
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot force directory " + dir + " to disk", e);
        }
    }

    /** Discards unfinished files: what they hold was not committed and is consumed again on restart. */
    @Override
    public void close() {
        open.values().forEach(SegmentWriter::discard);
        open.clear();
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("cannot release the lock on {}: {}", root, e.getMessage());
        }
        closeQuietly(lockChannel);
    }

    /** The lock, or null when another process, or another sink in this JVM, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }

    /** The finished bulk files of one index folder, in the order they must be applied. */
    public static List<Path> segments(Path indexDir) {
        List<Path> files = new ArrayList<>();
        for (Path file : list(indexDir)) {
            if (SegmentName.sequenceOf(file.getFileName().toString()).isPresent()) {
                files.add(file);
            }
        }
        files.sort(null);
        return files;
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
