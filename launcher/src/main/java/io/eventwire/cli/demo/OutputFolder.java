package io.eventwire.cli.demo;

import io.eventwire.contracts.files.Directories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The demo's output folder. A folder the demo made before (it carries a marker file) is emptied, so that a
 * second run does not trip over the first; any other non-empty folder is refused, never deleted.
 */
final class OutputFolder {

    static final String MARKER = ".eventwire-demo";

    private OutputFolder() {
    }

    static Path prepare(Path out) {
        try {
            if (Files.isDirectory(out) && !isEmpty(out)) {
                if (!Files.exists(out.resolve(MARKER))) {
                    throw new IllegalArgumentException(out.toAbsolutePath()
                            + " is not empty and was not written by the demo: choose another --out");
                }
                Directories.empty(out);
            }
            Files.createDirectories(out);
            Files.writeString(out.resolve(MARKER), "written by eventwire demo; emptied by the next run\n");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the output folder " + out, e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
