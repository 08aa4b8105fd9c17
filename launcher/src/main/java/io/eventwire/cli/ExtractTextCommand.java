package io.eventwire.cli;

import io.eventwire.contracts.serde.Json;
import io.eventwire.processor.normalize.TextExtractionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Prints the main text of saved pages, as the normalize step of the topology extracts it. */
@Command(name = "extract-text", mixinStandardHelpOptions = true,
        description = "Print the main text of pages (.html, .htm, .txt, .md, optionally .gz; a directory means "
                + "its files) as the pipeline's normalize step extracts it.")
final class ExtractTextCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files or directories of them.")
    private List<Path> paths;

    @Option(names = "--json", description = "Print one JSON object {NAME: {\"articleBody\": TEXT}}, NAME being "
            + "the file name without its extensions.")
    private boolean json;

    @Override
    public Integer call() {
        TextExtractionReport.Result result = new TextExtractionReport().extract(paths);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            try {
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out,
                        TextExtractionReport.asArticleBodies(result));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
        } else {
            result.bodies().forEach((name, text) -> out.printf("== %s ==%n%s%n%n", name, text));
        }
        result.failures().forEach(failure -> System.err.println("extract-text: " + failure));
        return result.failures().isEmpty() ? 0 : 1;
    }
}
