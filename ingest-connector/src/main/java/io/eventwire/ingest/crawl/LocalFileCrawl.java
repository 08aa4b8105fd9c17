package io.eventwire.ingest.crawl;

import io.eventwire.contracts.id.CanonicalUrl;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.ingest.publish.PageState;
import io.eventwire.ingest.source.LocalFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Local paths: every file under a path is read at once; files need neither robots.txt nor a rate limit. */
final class LocalFileCrawl {

    private static final Logger LOG = LoggerFactory.getLogger(LocalFileCrawl.class);

    private final long maxBodyBytes;
    private final Publishing publishing;
    private final BooleanSupplier stopped;

    /** @param stopped whether the crawler was stopped: the remaining files are then not read */
    LocalFileCrawl(long maxBodyBytes, Publishing publishing, BooleanSupplier stopped) {
        this.maxBodyBytes = maxBodyBytes;
        this.publishing = publishing;
        this.stopped = stopped;
    }

    void read(Path root, CrawlStats stats) {
        if (!Files.exists(root)) {
            stats.skipped("missing-path");
            LOG.warn("No such file or directory: {}", root);
            return;
        }
        List<Path> files;
        try {
            files = LocalFiles.list(root);
        } catch (IOException e) {
            stats.skipped("io-error");
            LOG.warn("Cannot list {}: {}", root, e.toString());
            return;
        }
        String source = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        for (Path file : files) {
            if (stopped.getAsBoolean()) {
                return;
            }
            readFile(file, source, stats);
        }
    }

    private void readFile(Path file, String source, CrawlStats stats) {
        LocalFiles.Document document;
        try {
            document = LocalFiles.read(file, maxBodyBytes);
        } catch (LocalFiles.Skipped e) {
            stats.skipped(e.reason());
            LOG.info("Skipped {}: {}", file, e.getMessage());
            if (e.reason().equals("too-large")) {
                publishing.deadLetter(CanonicalUrl.of(file.toAbsolutePath().normalize().toUri().toString()),
                        "BodyTooLarge", e.getMessage(), stats);
            }
            return;
        } catch (IOException e) {
            stats.skipped("io-error");
            LOG.warn("Cannot read {}: {}", file, e.toString());
            return;
        }
        stats.fetched();
        RawArticle article = RawArticles.fromFile(document, source);
        publishing.offer(article.canonicalUrl(), new PageState(article.contentHash(), null, null), article, stats);
    }
}
