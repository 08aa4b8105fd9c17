package io.eventwire.testkit;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The development material in {@code ../shared} beside the checkout (seeds, gold events, text-extraction
 * pages). A user who clones the project alone does not have it: tests that need it skip, saying so.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder, found by walking up from the working directory; empty when absent. */
    public static Optional<Path> root() {
        String configured = System.getProperty("eventwire.shared");
        if (configured != null) {
            Path path = Path.of(configured);
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A path inside the shared folder; skips the calling test where it is absent. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(),
                "../shared is not beside this checkout: skipping a test that reads " + relative);
        Path path = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), "../shared has no " + relative + ": skipping");
        return path;
    }
}
