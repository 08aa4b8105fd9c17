package io.eventwire.contracts.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

class DirectoriesTest {

    @TempDir
    Path temp;

    private Path tree() throws Exception {
        Path root = temp.resolve("root");
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/file.txt"), "x");
        Files.writeString(root.resolve("top.txt"), "y");
        return root;
    }

    @Test
    void deleteRemovesTheWholeTreeAndSaysWhetherThereWasOne() throws Exception {
        Path root = tree();
        assertTrue(Directories.delete(root));
        assertFalse(Files.exists(root));
        assertFalse(Directories.delete(root), "nothing to delete the second time");
    }

    @Test
    void emptyKeepsTheDirectoryItself() throws Exception {
        Path root = tree();
        Directories.empty(root);
        assertTrue(Files.isDirectory(root));
        try (var entries = Files.list(root)) {
            assertTrue(entries.findAny().isEmpty());
        }
    }

    @Test
    void deleteQuietlyRemovesTheTreeAndTakesAMissingOneAsDone() throws Exception {
        Path root = tree();
        assertTrue(Directories.deleteQuietly(root));
        assertFalse(Files.exists(root));
        assertTrue(Directories.deleteQuietly(root));
    }

    @Test
    void aLinkIsDeletedNotFollowed() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Path root = tree();
        try {
            Files.createSymbolicLink(root.resolve("link"), outside);
        } catch (UnsupportedOperationException | IOException noLinksHere) {
            abort("this file system has no symbolic links");
        }
        assertTrue(Directories.delete(root));
        assertTrue(Files.exists(outside.resolve("keep.txt")));
    }
}
