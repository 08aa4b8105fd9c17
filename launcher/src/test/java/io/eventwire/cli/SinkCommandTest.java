package io.eventwire.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SinkCommandTest {

    @Test
    void compactLeavesOneActionPerIdInEachIndexFolder(@TempDir Path out) throws Exception {
        Path articles = Files.createDirectories(out.resolve("eventwire-articles"));
        String first = "{\"index\":{\"_index\":\"eventwire-articles\",\"_id\":\"a\"}}\n{\"v\":1}\n";
        String replayed = "{\"index\":{\"_index\":\"eventwire-articles\",\"_id\":\"a\"}}\n{\"v\":2}\n";
        Files.writeString(articles.resolve("000000000001-news.articles-0-00000000000000000000-00000000000000000000.ndjson"),
                first);
        Files.writeString(articles.resolve("000000000002-news.articles-0-00000000000000000000-00000000000000000000.ndjson"),
                replayed);

        assertEquals(0, Eventwire.run("sink", "--compact", "--out", out.toString()));

        try (Stream<Path> files = Files.list(articles)) {
            List<Path> left = files.toList();
            assertEquals(List.of(articles.resolve("000000000002-compacted.ndjson")), left);
            assertEquals(replayed, Files.readString(left.get(0)));
        }
    }
}
