package io.eventwire.ingest.source;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.ingest.CrawlConfig;
import io.eventwire.ingest.CrawlSummary;
import io.eventwire.ingest.crawl.Crawler;
import io.eventwire.ingest.fixture.MemoryPublisher;
import io.eventwire.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalFilesTest {

    private final MemoryPublisher out = new MemoryPublisher();

    private CrawlSummary crawl(Path path) {
        try (Crawler crawler = new Crawler(CrawlConfig.from(Settings.of(Map.of())), out, out)) {
            return crawler.crawl(List.of(new Source(Source.Kind.PATH, path.toString(), Duration.ofMinutes(1))));
        }
    }

    @Test
    void everyShapeOfLocalFileIsReadWithItsHints(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("page.html"), "<html><head><meta charset=\"gbk\"></head><body>页面</body></html>",
                Charset.forName("GBK"));
        Files.writeString(dir.resolve("note.md"), """

                ---
                title: 'It''s a note'
                date: Thu, 19 May 2022 04:09:01 GMT
                tags: [a, b]
                ---
                Body of the note.
                """);
        Files.writeString(dir.resolve("post.txt"), """
                ---
                layout: post
                title: "Quoted \\"title\\""
                date: 2020-05-19T16:01:19+00:00
                ---
                <p>html in a text file</p>
                """);
        Files.writeString(dir.resolve("plain.txt"), "Just words.\nNo front matter.\n");
        Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.write(dir.resolve("zeros.txt"), new byte[] {'a', 0, 0, 'b'});
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config.txt"), "hidden");

        CrawlSummary summary = crawl(dir);

        assertEquals(4, summary.published(), summary.toString());
        assertEquals(1, summary.skipped("unsupported-file"), summary.toString());
        assertEquals(1, summary.skipped("binary"), summary.toString());
        RawArticle page = out.article("page.html");
        assertTrue(page.body().contains("页面"));
        assertEquals("text/html", page.contentType());
        assertEquals(dir.resolve("page.html").toUri().toString(), page.url());
        assertTrue(page.url().startsWith("file:/"));
        RawArticle note = out.article("note.md");
        assertEquals("It's a note", note.title());
        assertEquals("2022-05-19T04:09:01Z", note.publishedAt());
        assertTrue(note.body().contains("Body of the note."), "the body is published whole");
        assertEquals("Quoted \"title\"", out.article("post.txt").title());
        assertEquals("2020-05-19T16:01:19Z", out.article("post.txt").publishedAt());
        assertNull(out.article("plain.txt").title());
        assertEquals(dir.getFileName().toString(), note.source());
    }

    /**
     * A writer that writes under a hidden name and then renames, as editors and sync tools do: a name listed
     * and gone before its attributes are read is not there, not an error (a walk that threw on it ended the
     * runner's crawl loop, which then published nothing more).
     */
    @Test
    void aFileRenamedWhileTheFolderIsListedIsLeftOut(@TempDir Path dir) throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int i = 0; writing.get(); i++) {
                try {
                    Path hidden = dir.resolve(".story-" + i + ".txt");
                    Files.writeString(hidden, "story " + i);
                    Files.move(hidden, dir.resolve("story-" + (i % 50) + ".txt"),
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        writer.start();
        try {
            for (int round = 0; round < 3_000; round++) {
                for (Path file : LocalFiles.list(dir)) {
                    assertFalse(file.getFileName().toString().startsWith("."), file.toString());
                }
            }
        } finally {
            writing.set(false);
            writer.join();
        }
    }

    @Test
    void unchangedFilesAreNotPublishedTwice(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "first");
        try (Crawler crawler = new Crawler(CrawlConfig.from(Settings.of(Map.of())), out, out)) {
            List<Source> sources = List.of(new Source(Source.Kind.PATH, dir.toString(), Duration.ofMinutes(1)));
            assertEquals(1, crawler.crawl(sources).published());
            assertEquals(1, crawler.crawl(sources).unchanged());
            Files.writeString(dir.resolve("a.txt"), "second");
            assertEquals(1, crawler.crawl(sources).published());
        }
    }

    @Test
    void theSharedSeedsAreCrawledAsLocalFiles() throws IOException {
        Path seeds = SharedData.require("seeds");
        long files;
        try (var list = Files.list(seeds)) {
            files = list.filter(Files::isRegularFile).count();
        }

        CrawlSummary summary = crawl(seeds);

        assertEquals(files, summary.published(), summary.toString());
        assertEquals(0, summary.skippedTotal(), summary.toString());
        for (RawArticle article : out.articles) {
            assertFalse(article.body().isBlank(), article.url());
            assertEquals(StandardCharsets.UTF_8.name(), article.charset(), article.url());
            assertNotNull(article.contentHash());
        }
        // Some seeds carry YAML front matter with a title and a date; those hints are kept.
        assertTrue(out.articles.stream().anyMatch(a -> a.title() != null && a.publishedAt() != null),
                "front matter read");
    }
}
