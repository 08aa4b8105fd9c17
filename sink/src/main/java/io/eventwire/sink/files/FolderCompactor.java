package io.eventwire.sink.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reduces an index folder to its current view: one action per {@code _id}, the last one in file-name order
 * (a later write wins; a delete stays a delete, so the compacted file also removes the document from an index
 * that still has it). The result is {@code <highest sequence>-compacted.ndjson}, so files the sink writes
 * afterwards still sort after it; the files it replaces are deleted once it is on disk.
 *
 * <p>Safe while the sink runs: finished files never change, and it only reads those present when it starts.
 * Memory is one entry per distinct {@code _id}.
 */
public final class FolderCompactor {

    public static final String COMPACTED = "compacted";

    /**
     * What a folder holds.
     *
     * @param actions     every action of every file
     * @param distinctIds distinct {@code _id}s (documents and deletes)
     * @param documents   {@code _id}s whose last action is an index action: the documents of the current view
     */
    public record Report(int files, long actions, long distinctIds, long documents) {

        /** True when no {@code _id} has more than one action: the folder is its own current view. */
        public boolean unique() {
            return actions == distinctIds;
        }
    }

    private FolderCompactor() {
    }

    /** Counts without changing anything. */
    public static Report inspect(Path indexDir) {
        List<Path> files = FileOutput.segments(indexDir);
        Map<String, Boolean> lastIsDocument = new HashMap<>();
        long[] actions = {0};
        for (Path file : files) {
            BulkFileReader.forEach(file, action -> {
                actions[0]++;
                lastIsDocument.put(action.id(), !action.delete());
            });
        }
        long documents = lastIsDocument.values().stream().filter(Boolean::booleanValue).count();
        return new Report(files.size(), actions[0], lastIsDocument.size(), documents);
    }

    /** Rewrites the folder as one file with the last action of every {@code _id}; returns what it now holds. */
    public static Report compact(Path indexDir) {
        List<Path> files = FileOutput.segments(indexDir);
        if (files.isEmpty()) {
            return new Report(0, 0, 0, 0);
        }
        Map<String, Long> winner = new HashMap<>();
        long[] counter = {0};
        for (Path file : files) {
            BulkFileReader.forEach(file, action -> winner.put(action.id(), counter[0]++));
        }
        long sequence = SegmentName.sequenceOf(files.get(files.size() - 1).getFileName().toString()).orElseThrow();
        Path target = indexDir.resolve(String.format("%012d-%s%s", sequence, COMPACTED, SegmentName.SUFFIX));
        Path temp = indexDir.resolve("." + target.getFileName() + SegmentWriter.TEMP_SUFFIX);
        long[] written = {0, 0};
        counter[0] = 0;
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                for (Path file : files) {
                    BulkFileReader.forEach(file, action -> {
                        if (winner.get(action.id()) == counter[0]++) {
                            write(out, action);
                            written[0]++;
                            if (!action.delete()) {
                                written[1]++;
                            }
                        }
                    });
                }
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            for (Path file : files) {
                if (!file.equals(target)) {
                    Files.delete(file);
                }
            }
            try (FileChannel channel = FileChannel.open(indexDir, StandardOpenOption.READ)) {
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact " + indexDir, e);
        }
        return new Report(1, written[0], written[0], written[1]);
    }

    private static void write(BufferedWriter out, BulkFileReader.Action action) {
        try {
            out.write(action.actionLine());
            out.write('\n');
            if (!action.delete()) {
                out.write(action.source());
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
