package io.eventwire.ingest.fetch;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a body's bytes into text, choosing the charset from, in order: the HTTP header, a byte-order mark,
 * the document's own declaration ({@code <meta charset>}, {@code http-equiv}, the XML declaration), then
 * detection (ICU). A declaration is believed only when the bytes decode without error under it; a
 * single-byte declaration (which decodes anything) is not believed when the bytes are well-formed
 * multi-byte UTF-8, or when detection is confident of a multi-byte charset — the usual lie is a server
 * default of ISO-8859-1 or UTF-8 on a GBK page.
 */
public final class TextDecoder {

    /** The text and how its charset was chosen ({@code header}, {@code bom}, {@code meta}, {@code detected}…). */
    public record Decoded(String text, String charset, String source) {
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_:.+-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;
    private static final int DETECTION_CONFIDENCE = 50;

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes, String headerCharset) {
        Optional<Charset> header = lookup(headerCharset);
        if (header.isPresent() && believable(bytes, header.get())) {
            return decoded(bytes, header.get(), "header");
        }
        Optional<Decoded> bom = fromBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> declared = declaredInDocument(bytes);
        if (declared.isPresent() && believable(bytes, declared.get())) {
            return decoded(bytes, declared.get(), "meta");
        }
        if (hasNonAscii(bytes) && strictlyDecodes(bytes, StandardCharsets.UTF_8)) {
            return decoded(bytes, StandardCharsets.UTF_8, "utf-8-valid");
        }
        Optional<Charset> detected = detect(bytes, 0);
        if (detected.isPresent() && strictlyDecodes(bytes, detected.get())) {
            return decoded(bytes, detected.get(), "detected");
        }
        // Nothing fits cleanly: windows-1252 decodes every byte, so the text is never lost.
        return decoded(bytes, Charset.forName("windows-1252"), "fallback");
    }

    private static boolean believable(byte[] bytes, Charset charset) {
        if (!strictlyDecodes(bytes, charset)) {
            return false;
        }
        if (!hasNonAscii(bytes) || isMultiByte(charset)) {
            return true;
        }
        if (strictlyDecodes(bytes, StandardCharsets.UTF_8)) {
            return false;
        }
        return detect(bytes, DETECTION_CONFIDENCE).filter(TextDecoder::isMultiByte)
                .filter(found -> strictlyDecodes(bytes, found)).isEmpty();
    }

    private static Optional<Decoded> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return Optional.of(new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8", "bom"));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE",
                    "bom"));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return Optional.of(new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE",
                    "bom"));
        }
        return Optional.empty();
    }

    private static Optional<Charset> declaredInDocument(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (meta.find()) {
            return lookup(meta.group(1));
        }
        Matcher xml = XML_ENCODING.matcher(head);
        return xml.find() ? lookup(xml.group(1)) : Optional.empty();
    }

    private static Optional<Charset> detect(byte[] bytes, int minConfidence) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < minConfidence) {
            return Optional.empty();
        }
        return lookup(match.getName());
    }

    /**
     * The charset for a declared name, widened the way browsers do: GB2312/GBK pages are decoded as GB18030
     * (their superset) and Latin-1/ASCII as windows-1252.
     */
    static Optional<Charset> lookup(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        String widened = switch (key) {
            case "gb2312", "gbk", "x-gbk", "cp936", "euc-cn" -> "GB18030";
            case "iso-8859-1", "latin1", "us-ascii", "ascii" -> "windows-1252";
            case "big5" -> "Big5-HKSCS";
            default -> key;
        };
        try {
            return Optional.of(Charset.forName(widened));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isMultiByte(Charset charset) {
        return charset.newEncoder().maxBytesPerChar() > 1.0f;
    }

    private static boolean strictlyDecodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Decoded decoded(byte[] bytes, Charset charset, String source) {
        String text = new String(bytes, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Decoded(text, charset.name(), source);
    }
}
