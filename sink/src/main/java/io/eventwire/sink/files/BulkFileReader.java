package io.eventwire.sink.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.serde.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Consumer;

/** Reads the actions of bulk NDJSON files back: an action line, and for all but {@code delete} a source line. */
public final class BulkFileReader {

    /**
     * One action as written.
     *
     * @param source the document line without its newline, or null for a delete
     */
    public record Action(String op, String index, String id, String actionLine, String source) {

        public boolean delete() {
            return op.equals("delete");
        }
    }

    private BulkFileReader() {
    }

    /** Every action of {@code file}, in file order. */
    public static void forEach(Path file, Consumer<Action> consumer) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode action = Json.MAPPER.readTree(line);
                Iterator<String> names = action.fieldNames();
                if (!names.hasNext()) {
                    throw new IllegalStateException(file + ": not a bulk action line: " + line);
                }
                String op = names.next();
                JsonNode meta = action.get(op);
                String source = op.equals("delete") ? null : reader.readLine();
                if (!op.equals("delete") && source == null) {
                    throw new IllegalStateException(file + ": action without its document at the end");
                }
                consumer.accept(new Action(op, meta.path("_index").asText(null), meta.path("_id").asText(null),
                        line, source));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
