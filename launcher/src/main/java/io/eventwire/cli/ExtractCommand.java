package io.eventwire.cli;

import io.eventwire.contracts.id.CanonicalUrl;
import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;
import io.eventwire.processor.extract.EventExtractor;
import io.eventwire.processor.extract.ExtractedEvents;
import io.eventwire.processor.extract.MarketEventExtractor;
import io.eventwire.processor.extract.entity.Gazetteer;
import io.eventwire.processor.normalize.NormalizationException;
import io.eventwire.processor.normalize.Normalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Prints the events of article files, one JSON object a line, as the topology emits them: each file is read
 * as a {@link RawArticle} with its {@code file:} URI as url, normalized by the pipeline's {@link Normalizer}, and
 * run through the {@link EventExtractor}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the sanction and market events of article files (HTML, front-matter markdown, plain "
                + "text; a directory means its files), one JSON object a line.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories of them.")
    private List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        EventExtractor extractor = new EventExtractor(Gazetteer.defaults(), marketExtractor());
        Normalizer normalizer = new Normalizer();
        int failures = 0;
        for (Path file : files(paths)) {
            try {
                Article article = normalizer.normalize(raw(file));
                ExtractedEvents events = extractor.extract(article);
                events.sanctions().forEach(e -> out.println(Json.toJson(e)));
                events.markets().forEach(e -> out.println(Json.toJson(e)));
            } catch (NormalizationException | IOException e) {
                System.err.println("extract: " + file + ": " + e.getMessage());
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /** The market extractor registered on the classpath; without one, market events are not extracted, and it says so. */
    static MarketEventExtractor marketExtractor() {
        return MarketEventExtractor.installed().orElseGet(() -> {
            System.err.println("extract: no market-event extractor is installed; printing sanction events only");
            return context -> List.of();
        });
    }

    /** The regular files named, a directory standing for the files directly in it, in name order. */
    static List<Path> files(List<Path> paths) throws IOException {
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

    /** A file as the crawler would publish it: UTF-8 body, {@code file:} URI, no metadata beyond the body's own. */
    static RawArticle raw(Path file) throws IOException {
        String body = Files.readString(file, StandardCharsets.UTF_8);
        String url = file.toAbsolutePath().normalize().toUri().toString();
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String type = name.endsWith(".html") || name.endsWith(".htm") ? "text/html"
                : name.endsWith(".md") ? "text/markdown" : "text/plain";
        return new RawArticle(RawArticle.SCHEMA, url, CanonicalUrl.of(url), null, Instant.now().toString(), null,
                type, "UTF-8", "default", null, null, Ids.sha256(body), body);
    }
}
