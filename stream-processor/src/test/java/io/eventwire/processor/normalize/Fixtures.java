package io.eventwire.processor.normalize;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.RawArticle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test inputs: the fixtures under {@code src/test/resources/normalize}, and raw articles around bodies. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/normalize/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RawArticle raw(String url, String body) {
        return new RawArticle(RawArticle.SCHEMA, url, null, null, "2024-03-06T10:00:00Z", 200, "text/html",
                "UTF-8", "header", null, null, body == null ? null : Ids.sha256(body), body);
    }
}
