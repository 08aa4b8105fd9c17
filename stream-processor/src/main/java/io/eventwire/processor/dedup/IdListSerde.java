package io.eventwire.processor.dedup;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids indexed under one LSH band key, as the value of {@link Deduplicator#BANDS_STORE}: each id's UTF-8
 * length (4 bytes) then its bytes. A length prefix rather than a separator, as an id is whatever the record key
 * was when the article had none.
 */
final class IdListSerde implements Serde<List<String>> {

    @Override
    public Serializer<List<String>> serializer() {
        return (topic, ids) -> ids == null ? null : encode(ids);
    }

    @Override
    public Deserializer<List<String>> deserializer() {
        return (topic, bytes) -> bytes == null ? null : decode(bytes);
    }

    static byte[] encode(List<String> ids) {
        List<byte[]> encoded = new ArrayList<>(ids.size());
        int length = 0;
        for (String id : ids) {
            byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
            encoded.add(utf8);
            length += Integer.BYTES + utf8.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] utf8 : encoded) {
            out.putInt(utf8.length).put(utf8);
        }
        return out.array();
    }

    static List<String> decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        List<String> ids = new ArrayList<>();
        while (in.hasRemaining()) {
            int length = in.getInt();
            ids.add(new String(bytes, in.position(), length, StandardCharsets.UTF_8));
            in.position(in.position() + length);
        }
        return ids;
    }
}
