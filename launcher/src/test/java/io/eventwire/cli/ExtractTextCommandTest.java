package io.eventwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.serde.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractTextCommandTest {

    private static final String PARAGRAPH = "The ferry company added a late crossing on Saturdays, after a summer "
            + "in which the last boat was full on almost every weekend.";

    @Test
    void printsOneJsonObjectKeyedByFileNameWithoutExtensions(@TempDir Path dir) throws IOException {
        Path gzipped = dir.resolve("ferry.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(("<html><body><nav><a href='/'>Home</a></nav><p>" + PARAGRAPH + "</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("notes.txt"), "Ferry timetable\n\n" + PARAGRAPH);
        Files.writeString(dir.resolve("picture.png"), "not a page");

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = Eventwire.run("extract-text", dir.toString(), "--json");
        } finally {
            System.setOut(original);
        }

        assertEquals(0, exit);
        JsonNode json = Json.MAPPER.readTree(captured.toByteArray());
        assertEquals(2, json.size(), json.toString());
        assertEquals(PARAGRAPH, json.path("ferry").path("articleBody").asText());
        assertEquals(PARAGRAPH, json.path("notes").path("articleBody").asText());
        assertTrue(json.path("picture").isMissingNode());
    }
}
