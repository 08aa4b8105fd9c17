package io.eventwire.processor.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextExtractionReportTest {

    private static final String PARAGRAPH = "Die Stadtwerke erhöhen den Fernwärmepreis zum ersten Januar, weil die "
            + "Kosten für Erdgas im vergangenen Jahr deutlich gestiegen sind.";

    @Test
    void keysAreFileNamesWithoutTheirExtensions() {
        assertEquals("abc", TextExtractionReport.key(Path.of("x/abc.html.gz")));
        assertEquals("abc", TextExtractionReport.key(Path.of("abc.HTM")));
        assertEquals("000_e8ef", TextExtractionReport.key(Path.of("000_e8ef.txt")));
        assertEquals("v1.2", TextExtractionReport.key(Path.of("v1.2.md")));
        assertTrue(TextExtractionReport.readable(Path.of("a.txt.gz")));
        assertFalse(TextExtractionReport.readable(Path.of("a.pdf")));
    }

    @Test
    void aPageInALegacyCharsetIsDecodedByItsDeclaration(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("stadtwerke.html");
        Files.write(page, ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + PARAGRAPH + "</p></body></html>")
                .getBytes(Charset.forName("ISO-8859-1")));

        Map<String, String> bodies = new TextExtractionReport().extract(List.of(page)).bodies();

        assertEquals(Map.of("stadtwerke", PARAGRAPH), bodies);
    }

    @Test
    void aFileWithoutTextIsReportedEmptyAndAsAFailure(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.html"), "<html><body></body></html>");
        Files.writeString(dir.resolve("good.txt"), PARAGRAPH);

        TextExtractionReport.Result result = new TextExtractionReport().extract(List.of(dir));

        assertEquals(List.of("empty", "good"), List.copyOf(result.bodies().keySet()));
        assertEquals("", result.bodies().get("empty"));
        assertEquals(PARAGRAPH, result.bodies().get("good"));
        assertEquals(1, result.failures().size());
        assertTrue(result.failures().get(0).contains("empty.html"), result.failures().get(0));
    }
}
