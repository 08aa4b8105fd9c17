package io.eventwire.contracts.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deletes directory trees: the embedded broker's log directory, the processor's local state, the demo's output
 * folder and the temporary folders of the tools. Links are deleted, never followed.
 */
public final class Directories {

    private Directories() {
    }

    /**
     * Deletes {@code dir} and everything below it, stopping at the first entry that cannot be deleted.
     *
     * @return false when there was no {@code dir}
     */
    public static boolean delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return false;
        }
        for (Path path : deepestFirst(dir)) {
            Files.delete(path);
        }
        return true;
    }

    /** Deletes everything below {@code dir} and keeps {@code dir} itself. */
    public static void empty(Path dir) throws IOException {
        for (Path path : deepestFirst(dir)) {
            if (!path.equals(dir)) {
                Files.delete(path);
            }
        }
    }

    /**
     * Deletes what it can of {@code dir}, going on past entries it cannot delete: for temporary folders, whose
     * leftovers are not worth failing for.
     *
     * @return true when nothing of {@code dir} is left (also when there was none)
     */
    public static boolean deleteQuietly(Path dir) {
        try {
            boolean all = true;
            for (Path path : deepestFirst(dir)) {
                all &= path.toFile().delete();
            }
            return all;
        } catch (NoSuchFileException gone) {
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Every entry of the tree, each before the directory holding it: a path sorts after its parent. */
    private static List<Path> deepestFirst(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.sorted(Comparator.reverseOrder()).toList();
        }
    }
}
