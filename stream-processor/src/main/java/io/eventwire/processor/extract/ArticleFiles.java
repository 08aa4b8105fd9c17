package io.eventwire.processor.extract;

import io.eventwire.contracts.id.CanonicalUrl;
import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.RawArticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Article files on disk as the crawler would publish them: {@code eventwire extract} and the seed quality test
 * read files through this, then normalize them with the pipeline's Normalizer.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** The regular files named, a directory standing for the (non-hidden) files directly in it, in name order. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** A file as a raw article: UTF-8 body, its {@code file:} URI as url, no metadata beyond the body's own. */
    public static RawArticle read(Path file) throws IOException {
        String body = Files.readString(file, StandardCharsets.UTF_8);
        String url = file.toAbsolutePath().normalize().toUri().toString();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.endsWith(".html") || name.endsWith(".htm") ? "text/html"
                : name.endsWith(".md") ? "text/markdown" : "text/plain";
        return new RawArticle(RawArticle.SCHEMA, url, CanonicalUrl.of(url), null, Instant.now().toString(), null,
                type, "UTF-8", "file", null, null, Ids.sha256(body), body);
    }
}
