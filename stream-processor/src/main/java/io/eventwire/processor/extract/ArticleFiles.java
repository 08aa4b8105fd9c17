package io.eventwire.processor.extract;

import io.eventwire.contracts.record.RawArticle;
import io.eventwire.processor.normalize.TextExtractionReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Article files on disk as the crawler would publish them: {@code eventwire extract} and the seed quality test
 * read files through this, then normalize them with the pipeline's Normalizer.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * The files named, a directory standing for the page files directly in it (.html, .htm, .txt, .md, optionally
     * .gz), in name order.
     */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile).filter(TextExtractionReport::readable)
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** A file as a raw article, read as the normalize step's text-extraction report reads it (charset, gzip). */
    public static RawArticle read(Path file) throws IOException {
        try {
            return TextExtractionReport.rawArticle(file);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
