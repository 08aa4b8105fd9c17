package io.eventwire.cli;

import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.serde.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneJsonEventALineWithTheFileUriAsUrl() throws IOException {
        Files.writeString(dir.resolve("curbs.md"), """
                ---
                title: "New curbs"
                date: 2023-03-08T10:00:00Z
                ---
                The US Commerce Department added Inspur to the Entity List last week. The server maker declined to comment.
                """);
        Files.writeString(dir.resolve("store.txt"), "A chip shop opened in Munich.\nIt sells phones and watches.\n");
        Files.writeString(dir.resolve("liste.html"), """
                <html><head><meta property="article:published_time" content="2024-02-07T09:00:00+01:00"></head>
                <body><nav>Start | Politik</nav><article><h1>Neue Liste</h1>
                <p>Das US-Handelsministerium hat am Dienstag den Drohnenhersteller DJI auf die Entity List gesetzt.</p>
                <p>Der Hersteller kündigte an, sich zu wehren, und sprach von einer politischen Entscheidung.</p>
                </article></body></html>
                """);
        List<String> lines = run("extract", dir.toString());
        assertEquals(2, lines.size(), String.join("\n", lines));
        List<SanctionEvent> events = lines.stream().map(l -> Json.fromJson(l, SanctionEvent.class)).toList();
        SanctionEvent inspur = events.stream().filter(e -> e.url().endsWith("curbs.md")).findFirst().orElseThrow();
        assertTrue(inspur.url().startsWith("file:/"), inspur.url());
        assertEquals("ENTITY_LIST_ADDITION", inspur.subtype());
        assertEquals("2023", inspur.eventDate(), "last week before Wednesday 8 March, Feb 27 - Mar 5, lies in no one month");
        SanctionEvent dji = events.stream().filter(e -> e.url().endsWith("liste.html")).findFirst().orElseThrow();
        assertEquals("2024-02-06", dji.eventDate());
        assertEquals("de", dji.language());
        assertEquals(List.of("dji"), dji.targets().stream().map(t -> t.id()).toList());
    }

    private static List<String> run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(0, Eventwire.run(args));
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
}
