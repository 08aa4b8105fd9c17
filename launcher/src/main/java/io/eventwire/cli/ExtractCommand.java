package io.eventwire.cli;

import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.InvalidRecordException;
import io.eventwire.contracts.serde.Json;
import io.eventwire.processor.extract.ArticleFiles;
import io.eventwire.processor.extract.ExtractedEvents;
import io.eventwire.processor.normalize.NormalizationException;
import io.eventwire.processor.topology.PipelineSteps;
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
 * as a {@link RawArticle} with its {@code file:} URI as url and run through the topology's own steps
 * ({@link PipelineSteps}: validate, normalize, tag language, extract events), without Kafka.
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
        PipelineSteps steps = PipelineSteps.defaults();
        int failures = 0;
        for (Path file : ArticleFiles.expand(paths)) {
            try {
                ExtractedEvents events = steps.eventExtractor().extract(steps.article(ArticleFiles.read(file)));
                events.sanctions().forEach(e -> out.println(Json.toJson(e)));
                events.markets().forEach(e -> out.println(Json.toJson(e)));
            } catch (NormalizationException | InvalidRecordException | IOException e) {
                System.err.println("extract: " + file + ": " + e.getMessage());
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
