package io.eventwire.ingest.source;

import io.eventwire.ingest.fetch.TextDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Local files as articles: {@code .html}/{@code .htm}/{@code .xhtml} pages, {@code .md}/{@code .txt}
 * with or without YAML front matter, plain text. A file's URL is its {@code file:} URI. Hidden files and
 * other extensions are skipped, as are files over the body limit and binary files.
 */
public final class LocalFiles {

    /** A file read as text, with what it says about itself. */
    public record Document(URI uri, String text, String contentType, String charset, String charsetSource,
                           String title, String publishedAt) {
    }

    /** A file that was not read, and why ({@code unsupported-file}, {@code too-large}, {@code binary}…). */
    public static final class Skipped extends IOException {
        private final String reason;

        Skipped(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private LocalFiles() {
    }

    /**
     * The files under {@code root} (or {@code root} itself), in a stable order; hidden entries left out. A name
     * that is gone by the time its attributes are read (a writer's temporary file, renamed) is left out too:
     * {@link Files#walk} threw on it, unchecked, and that ended the crawl loop of a runner.
     */
    public static List<Path> list(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(root) || !isHidden(root.relativize(dir)) ? FileVisitResult.CONTINUE
                        : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // Following links, as a file a link points to is read through it.
                if (!isHidden(root.relativize(file)) && Files.isRegularFile(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    public static Document read(Path file, long maxBytes) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String contentType = contentType(name);
        if (contentType == null) {
            throw new Skipped("unsupported-file", "not .html, .htm, .xhtml, .md, .markdown or .txt: " + file);
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new Skipped("too-large", file + " has " + size + " bytes, above the limit of " + maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        }
        if (bytes.length > maxBytes) {
            throw new Skipped("too-large", file + " grew above the limit of " + maxBytes + " bytes");
        }
        if (Bytes.looksBinary(bytes)) {
            throw new Skipped("binary", file + " holds binary data");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, null);
        // Only what the file states outright is a hint; a page's <title> is the normalizer's to read.
        Map<String, String> front = contentType.equals("text/html") ? Map.of()
                : FrontMatter.parse(decoded.text()).orElse(Map.of());
        String title = front.get("title");
        String publishedAt = FrontMatter.isoDate(front.getOrDefault("date", front.get("published")));
        URI uri = file.toAbsolutePath().normalize().toUri();
        return new Document(uri, decoded.text(), contentType, decoded.charset(), decoded.source(), title, publishedAt);
    }

    private static String contentType(String name) {
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return "text/html";
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return "text/markdown";
        }
        if (name.endsWith(".txt")) {
            return "text/plain";
        }
        return null;
    }
}
