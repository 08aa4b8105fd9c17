package io.eventwire.ingest.fetch;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextDecoderTest {

    private static final String CHINESE = "美国商务部将二十八家中国机构列入实体清单，相关公司股价应声下跌。";

    @Test
    void headerIsBelievedWhenTheBytesFitIt() {
        TextDecoder.Decoded decoded = TextDecoder.decode(CHINESE.getBytes(Charset.forName("GBK")), "gbk");
        assertEquals(CHINESE, decoded.text());
        assertEquals("header", decoded.source());
    }

    @Test
    void byteOrderMarkComesBeforeTheDocument() {
        byte[] utf8 = CHINESE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xef;
        bom[1] = (byte) 0xbb;
        bom[2] = (byte) 0xbf;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        TextDecoder.Decoded decoded = TextDecoder.decode(bom, null);
        assertEquals(CHINESE, decoded.text());
        assertEquals("bom", decoded.source());
    }

    @Test
    void otherCjkAndWesternCharsetsAreDetected() {
        String japanese = "東京証券取引所で株価が大幅に下落し、投資家の間に不安が広がった。".repeat(3);
        String traditional = "監視攝影機製造商的股價今日大幅下跌，市場擔心新的出口管制。".repeat(3);
        String german = "Das Handelsministerium erwägt ein Exportverbot für Überwachungskameras; Anleger "
                + "reagierten nervös, die Aktie fiel um fünf Prozent.";
        assertEquals(japanese, TextDecoder.decode(japanese.getBytes(Charset.forName("Shift_JIS")), null).text());
        assertEquals(traditional, TextDecoder.decode(traditional.getBytes(Charset.forName("Big5")), null).text());
        assertEquals(german, TextDecoder.decode(german.getBytes(Charset.forName("windows-1252")), null).text());
    }

    @Test
    void xmlDeclarationCounts() {
        String xml = "<?xml version=\"1.0\" encoding=\"GB2312\"?><rss><title>" + CHINESE + "</title></rss>";
        TextDecoder.Decoded decoded = TextDecoder.decode(xml.getBytes(Charset.forName("GB2312")), null);
        assertEquals(xml, decoded.text());
        assertEquals("meta", decoded.source());
        assertEquals("GB18030", decoded.charset());
    }
}
