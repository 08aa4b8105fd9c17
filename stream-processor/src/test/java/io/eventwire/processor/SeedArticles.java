package io.eventwire.processor;

import io.eventwire.testkit.SharedData;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The five seed articles of {@code ../shared/seeds}, read at run time (they are not part of the repository),
 * reduced to title and plain text the crude way: front matter split off, HTML tags dropped. The real
 * normalizer does better; these tests only need text in the right language and of the right length.
 */
public final class SeedArticles {

    /** A seed as title and text; the title is null where the seed has no front matter title. */
    public record Seed(String file, String title, String text) {
    }

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\s*---\\R(.*?)\\R---\\R", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*['\"]?(.*?)['\"]?\\s*$");

    private SeedArticles() {
    }

    /** The seeds in file-name order; skips the calling test where ../shared is absent. */
    public static List<Seed> load() {
        Path dir = SharedData.require("seeds");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().map(SeedArticles::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Seed read(Path file) {
        try {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            String title = null;
            Matcher frontMatter = FRONT_MATTER.matcher(raw);
            if (frontMatter.find()) {
                Matcher t = TITLE.matcher(frontMatter.group(1));
                title = t.find() ? t.group(1) : null;
                raw = raw.substring(frontMatter.end());
            }
            String text = raw.contains("<") ? Jsoup.parse(raw).text() : raw.strip();
            return new Seed(file.getFileName().toString(), title, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
