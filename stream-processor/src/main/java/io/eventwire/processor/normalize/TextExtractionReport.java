package io.eventwire.processor.normalize;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.RawArticle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Main text of saved pages, through exactly the {@link Normalizer} the topology runs: each file becomes a
 * {@link RawArticle} as the crawler would publish it and the article's {@code text} is reported. This is
 * what {@code eventwire extract-text} prints, in the format extraction benchmarks score.
 */
public final class TextExtractionReport {

    /** Extensions read; {@code .gz} may follow any of them. */
    private static final List<String> EXTENSIONS = List.of(".html", ".htm", ".txt", ".md");
    private static final String GZIP = ".gz";

    private final Normalizer normalizer = new Normalizer();

    /**
     * @param bodies   main text by key (file name without extensions), in the order given; empty for a
     *                 file that failed
     * @param failures one line per file that could not be normalized, saying why
     */
    public record Result(Map<String, String> bodies, List<String> failures) {
    }

    /** Reads {@code paths} (files, or directories meaning the readable files in them, by name). */
    public Result extract(List<Path> paths) {
        Map<String, String> bodies = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Path file : files(paths)) {
            String key = key(file);
            try {
                bodies.put(key, normalizer.normalize(rawArticle(file)).text());
            } catch (NormalizationException e) {
                bodies.put(key, "");
                failures.add(file + ": " + e.getMessage());
            }
        }
        return new Result(bodies, failures);
    }

    /** The benchmark format: {@code {KEY: {"articleBody": TEXT}}}. */
    public static Map<String, Map<String, String>> asArticleBodies(Result result) {
        Map<String, Map<String, String>> json = new LinkedHashMap<>();
        result.bodies().forEach((key, text) -> json.put(key, Map.of("articleBody", text)));
        return json;
    }

    /** Whether {@code file} has an extension this report reads. */
    public static boolean readable(Path file) {
        String name = withoutGzip(file.getFileName().toString().toLowerCase(Locale.ROOT));
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** The file name without {@code .gz} and the page extension: {@code abc.html.gz} is {@code abc}. */
    static String key(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(GZIP)) {
            name = name.substring(0, name.length() - GZIP.length());
            lower = lower.substring(0, lower.length() - GZIP.length());
        }
        for (String extension : EXTENSIONS) {
            if (lower.endsWith(extension)) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }

    /** A saved page as the raw article a crawler would publish: bytes decoded ({@link PageDecoder}), file URI as url. */
    public static RawArticle rawArticle(Path file) {
        try {
            byte[] bytes = read(file);
            String body = PageDecoder.decode(bytes);
            String name = withoutGzip(file.getFileName().toString().toLowerCase(Locale.ROOT));
            String contentType = name.endsWith(".html") || name.endsWith(".htm") ? "text/html"
                    : name.endsWith(".md") ? "text/markdown" : "text/plain";
            String fetchedAt = Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis()).toString();
            return new RawArticle(RawArticle.SCHEMA, file.toAbsolutePath().toUri().toString(), null, null, fetchedAt,
                    null, contentType, "UTF-8", "file", null, null, Ids.sha256(body), body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(GZIP)) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readNBytes(Normalizer.MAX_BODY_CHARS * 4 + 1);
        }
    }

    private static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(Files::isRegularFile).filter(TextExtractionReport::readable).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static String withoutGzip(String name) {
        return name.endsWith(GZIP) ? name.substring(0, name.length() - GZIP.length()) : name;
    }
}
