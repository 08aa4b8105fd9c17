package io.eventwire.processor.dedup;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IdListSerdeTest {

    private final IdListSerde serde = new IdListSerde();

    @Test
    void idsOfAnyTextComeBackInTheirOrder() {
        List<String> ids = List.of("9f86d081884c7d659a2feaa0c55ad015", "", "a,b\\n", "日本-ü", "x".repeat(300));
        assertEquals(ids, roundTrip(ids));
        assertEquals(List.of(), roundTrip(List.of()));
    }

    @Test
    void aTombstoneStaysOne() {
        assertNull(serde.serializer().serialize("t", null));
        assertNull(serde.deserializer().deserialize("t", null));
    }

    private List<String> roundTrip(List<String> ids) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", ids));
    }
}
