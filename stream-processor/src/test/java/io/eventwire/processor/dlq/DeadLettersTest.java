package io.eventwire.processor.dlq;

import io.eventwire.contracts.record.DeadLetter;
import io.eventwire.contracts.serde.Json;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadLettersTest {

    @Test
    void aDeadLetterCarriesTheCauseChainAndTheOriginalBytes() {
        byte[] original = {(byte) 0xff, 0x00, 0x41};
        Exception error = new IllegalStateException("normalize failed", new IllegalArgumentException("no text"));
        DeadLetter letter = DeadLetters.of("normalize", error, "news.raw", 2, 41L,
                "https://e.x/a".getBytes(StandardCharsets.UTF_8), original);

        assertEquals("normalize", letter.stage());
        assertEquals(IllegalStateException.class.getName(), letter.errorClass());
        assertEquals("normalize failed <- IllegalArgumentException: no text", letter.errorMessage());
        assertEquals("news.raw", letter.sourceTopic());
        assertEquals(2, letter.sourcePartition());
        assertEquals(41L, letter.sourceOffset());
        assertEquals("https://e.x/a", letter.originalKey());
        assertArrayEquals(original, Base64.getDecoder().decode(letter.originalBase64()));

        ProducerRecord<byte[], byte[]> record = DeadLetters.toRecord("p.news.dlq", letter, "k".getBytes());
        assertEquals("p.news.dlq", record.topic());
        assertEquals(letter, Json.fromBytes(record.value(), DeadLetter.class));
    }

    @Test
    void anOriginalTooLargeForTheDlqIsNamedByItsOffsetNotEmbedded() {
        byte[] huge = new byte[DeadLetter.MAX_EMBEDDED_ORIGINAL_BYTES + 1];
        DeadLetter letter = DeadLetters.of("deserialize", new RuntimeException("too long"), "news.raw", 2, 12L,
                "https://e.x/big".getBytes(StandardCharsets.UTF_8), huge);

        assertEquals(null, letter.originalBase64());
        assertTrue(letter.errorMessage().startsWith("too long [original value of " + huge.length + " bytes not embedded"),
                letter.errorMessage());
        assertTrue(letter.errorMessage().endsWith("see news.raw-2@12]"), letter.errorMessage());
        assertTrue(Json.toBytes(letter).length < 16 * 1024 * 1024, "the letter itself fits the DLQ");
        byte[] largestEmbedded = new byte[DeadLetter.MAX_EMBEDDED_ORIGINAL_BYTES];
        DeadLetter full = DeadLetters.of("deserialize", new RuntimeException("x"), "news.raw", 2, 13L, null,
                largestEmbedded);
        assertTrue(Json.toBytes(full).length < 16 * 1024 * 1024 - 64 * 1024, "the largest embedded one fits too");
    }

    @Test
    void longMessagesAreCut() {
        DeadLetter letter = DeadLetters.of("s", new RuntimeException("x".repeat(5_000)), "t", 0, 0L, null, null);
        assertTrue(letter.errorMessage().length() <= 2_001);
    }
}
