package io.eventwire.cli;

import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;
import io.eventwire.processor.extract.ArticleFiles;
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
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

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
        for (Path file : ArticleFiles.expand(paths)) {
            try {
                Article article = normalizer.normalize(ArticleFiles.read(file));
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
}
