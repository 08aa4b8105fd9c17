package io.eventwire.sink.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderCompactorTest {

    private static String index(String id, int version) {
        return "{\"index\":{\"_index\":\"i\",\"_id\":\"" + id + "\"}}\n{\"v\":" + version + "}\n";
    }

    private static String delete(String id) {
        return "{\"delete\":{\"_index\":\"i\",\"_id\":\"" + id + "\"}}\n";
    }

    private static void file(Path dir, long sequence, String content) throws Exception {
        Files.writeString(dir.resolve(new SegmentName(sequence, "t", 0, sequence * 10, sequence * 10 + 9).fileName()),
                content, StandardCharsets.UTF_8);
    }

    @Test
    void theLaterActionOfAnIdWinsAndDeletesStayDeletes(@TempDir Path dir) throws Exception {
        file(dir, 1, index("a", 1) + index("b", 1) + index("c", 1));
        file(dir, 2, index("a", 2) + delete("b"));
        file(dir, 3, index("a", 3) + index("d", 1));
        Files.writeString(dir.resolve(".t-0-40.ndjson.tmp"), index("x", 9));
        Map<String, String> before = FolderView.of(dir);

        FolderCompactor.Report report = FolderCompactor.inspect(dir);
        assertEquals(new FolderCompactor.Report(3, 7, 4, 3), report);
        assertFalse(report.unique());

        FolderCompactor.Report compacted = FolderCompactor.compact(dir);
        assertEquals(new FolderCompactor.Report(1, 4, 4, 3), compacted);
        assertEquals(before, FolderView.of(dir), "the current view is unchanged");
        assertEquals(List.of("000000000003-compacted.ndjson"), names(dir));
        assertTrue(FolderCompactor.inspect(dir).unique());
        assertEquals("{\"v\":3}", FolderView.of(dir).get("a"));
        assertNull(FolderView.of(dir).get("b"));
        assertTrue(FolderView.of(dir).containsKey("b"), "the delete is kept");
    }

    @Test
    void compactingAgainWithNewerFilesKeepsTheOrder(@TempDir Path dir) throws Exception {
        file(dir, 1, index("a", 1));
        FolderCompactor.compact(dir);
        file(dir, 2, index("a", 2));
        FolderCompactor.compact(dir);
        assertEquals(List.of("000000000002-compacted.ndjson"), names(dir));
        assertEquals("{\"v\":2}", FolderView.of(dir).get("a"));
        FolderCompactor.compact(dir);
        assertEquals("{\"v\":2}", FolderView.of(dir).get("a"), "compacting a compacted folder changes nothing");
    }

    private static List<String> names(Path dir) throws Exception {
        List<String> names = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.filter(file -> !file.getFileName().toString().startsWith(".")).forEach(
                    file -> names.add(file.getFileName().toString()));
        }
        names.sort(null);
        return names;
    }
}
