package io.eventwire.contracts.id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Deterministic ids (DESIGN.md, "Ids"): the same input gives the same id in every replay, so downstream
 * indexes are overwritten, never doubled. Every id is the first 128 bits of a SHA-256, as 32 hex digits.
 */
public final class Ids {

    private static final char SEPARATOR = '\u001f';

    private Ids() {
    }

    /** The article id of a URL: a hash of its canonical form. */
    public static String articleId(String url) {
        return hash(CanonicalUrl.of(url));
    }

    /**
     * The id of one event mention. Targets are sorted, so their order in the text does not change the id.
     */
    public static String eventId(String articleId, String type, String subtype, List<String> targetIds,
                                 String eventDate, int evidenceStart) {
        return hash(articleId, type, subtype, sorted(targetIds), eventDate, Integer.toString(evidenceStart));
    }

    /** The key of a real-world event across articles: the same for every article that reports it. */
    public static String canonicalEventKey(String type, String subtype, String authorityId, List<String> targetIds,
                                           String eventDate) {
        return hash(type, subtype, authorityId, sorted(targetIds), eventDate);
    }

    /** Hex SHA-256 of a text: the content hash of bodies and article texts. */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    /** Hex SHA-256 of the first {@code length} bytes of a text's UTF-8 form, for a caller that encoded it. */
    public static String sha256(byte[] utf8, int length) {
        return HexFormat.of().formatHex(digest(utf8, length));
    }

    /** The first 128 bits of the SHA-256 of the parts, joined by a separator no text contains. */
    public static String hash(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            joined.append(Objects.requireNonNullElse(part, "")).append(SEPARATOR);
        }
        return HexFormat.of().formatHex(digest(joined.toString()), 0, 16);
    }

    private static String sorted(List<String> values) {
        TreeSet<String> set = new TreeSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value != null) {
                set.add(value.toLowerCase(Locale.ROOT));
            }
        }
        return String.join(",", set);
    }

    private static byte[] digest(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return digest(utf8, utf8.length);
    }

    private static byte[] digest(byte[] bytes, int length) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(bytes, 0, length);
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
