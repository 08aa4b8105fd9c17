package io.eventwire.sink.files;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentNameTest {

    @Test
    void namesRoundTripEvenWithDashesInTheTopic() {
        SegmentName name = new SegmentName(42, "demo-1.news.articles", 2, 1000, 1999);
        assertEquals("000000000042-demo-1.news.articles-2-00000000000000001000-00000000000000001999.ndjson",
                name.fileName());
        assertEquals(Optional.of(name), SegmentName.parse(name.fileName()));
        assertEquals(Optional.of(42L), SegmentName.sequenceOf(name.fileName()));
    }

    @Test
    void namesSortInWriteOrder() {
        String earlier = new SegmentName(9, "z", 0, 5000, 6000).fileName();
        String later = new SegmentName(10, "a", 0, 0, 10).fileName();
        assertTrue(earlier.compareTo(later) < 0);
    }

    @Test
    void otherFilesAreNotSegments() {
        assertEquals(Optional.empty(), SegmentName.parse(".news.articles-0-5.ndjson.tmp"));
        assertEquals(Optional.empty(), SegmentName.parse("000000000042-compacted.ndjson"));
        assertEquals(Optional.of(42L), SegmentName.sequenceOf("000000000042-compacted.ndjson"));
        assertEquals(Optional.empty(), SegmentName.sequenceOf("notes.txt"));
    }
}
