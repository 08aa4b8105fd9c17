package io.eventwire.processor.faults;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Hostile {@code news.raw} records: the fixed catalogue the issue names, plus seeded random mutations of a
 * valid record. Every case has its own key (a URL under fuzz.example), which is also the RawArticle's url
 * where there is one, so its fate can be found by article id or by the DLQ's original key.
 *
 * <p>Why a seeded generator and not jqwik: the project runs JUnit Platform 6, and jqwik 1.9.3 (and 1.10.0,
 * announced as its last release) is built on JUnit Platform 1.x, whose engine API Platform 6 changed. A
 * seed per case in the test name makes any failure reproducible just the same.
 */
final class BadInputs {

    /** One hostile record: a name for the report, its kind (the catalogue group), key and value bytes. */
    record Case(String name, String kind, String key, byte[] value) {
        @Override
        public String toString() {
            return kind + ": " + name;
        }
    }

    private static final String GOOD_PAGE = """
            <html><head><title>Regulator fines a lender over reporting gaps</title>
            <meta property="article:published_time" content="2024-03-05T08:00:00Z"></head>
            <body><article><p>The national regulator fined a regional lender on Tuesday after an audit found gaps in
            how it reported large transfers, officials said in a statement published in the morning.</p>
            <p>The lender said it had already changed its procedures and would not appeal the decision, adding that
            customers were not affected by the shortcomings the auditors described.</p></article></body></html>
            """;

    private BadInputs() {
    }

    static String url(String name) {
        return "https://fuzz.example/" + name;
    }

    /** The catalogue: each kind of bad input the issue lists, at least once. */
    static List<Case> catalogue() {
        List<Case> cases = new ArrayList<>();
        Random random = new Random(20_260_101L);

        // Not JSON at all, or bytes that are not even UTF-8.
        add(cases, "invalid-utf8", "lone-continuation-bytes", new byte[]{'{', '"', (byte) 0x80, (byte) 0xBF, '"', '}'});
        add(cases, "invalid-utf8", "overlong-and-truncated",
                new byte[]{(byte) 0xC0, (byte) 0xAF, (byte) 0xE0, (byte) 0x80, (byte) 0xF4, (byte) 0x90});
        add(cases, "binary", "pdf-bytes", pdf());
        add(cases, "binary", "png-bytes", png(random));
        add(cases, "binary", "random-bytes", bytes(random, 64 * 1024));
        add(cases, "empty", "zero-bytes-value", new byte[0]);

        // JSON that is not a RawArticle.
        for (String json : List.of("null", "[]", "\"a string\"", "12345", "{}", "{\"foo\":\"bar\"}",
                "{\"schema\":\"raw-article/1\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]")) {
            add(cases, "json-not-raw-article", json.length() > 24 ? json.substring(0, 24) + "…" : json,
                    json.getBytes(StandardCharsets.UTF_8));
        }
        add(cases, "json-not-raw-article", "nested-100000-arrays",
                ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        addJson(cases, "missing-fields", "no-url", raw(null, GOOD_PAGE));
        addJson(cases, "missing-fields", "no-body", raw(url("no-body"), null));
        addJson(cases, "missing-fields", "no-schema", "{\"url\":\"" + url("no-schema") + "\",\"body\":\"<p>text</p>\"}");
        addJson(cases, "missing-fields", "wrong-schema", withField(raw(url("wrong-schema"), GOOD_PAGE), "schema",
                "\"raw-article/99\""));
        addJson(cases, "missing-fields", "status-is-text", withField(raw(url("status-is-text"), GOOD_PAGE),
                "httpStatus", "\"two hundred\""));

        // Huge numbers and absurd dates.
        addJson(cases, "huge-numbers", "status-beyond-long", withField(raw(url("status-beyond-long"), GOOD_PAGE),
                "httpStatus", "9".repeat(400)));
        addJson(cases, "huge-numbers", "status-1e400", withField(raw(url("status-1e400"), GOOD_PAGE),
                "httpStatus", "1e400"));
        addJson(cases, "huge-numbers", "numbers-in-text", raw(url("numbers-in-text"), page(
                "Shares rose " + "9".repeat(5_000) + "% to $" + "1".repeat(400) + " billion, a market cap of 1e99999 "
                        + "yuan and 3607" + "0".repeat(300) + "亿元, on volume of -0.0000000000000001 shares.")));
        for (String date : List.of("99999-12-31T00:00:00Z", "0000-00-00", "-2000000000-01-01T00:00:00Z",
                "2024-13-45T25:61:61Z", "1e12", "", "Tuesday")) {
            String name = "date-" + Integer.toHexString(date.hashCode());
            addJson(cases, "absurd-dates", name, withField(withField(raw(url(name), GOOD_PAGE.replace(
                    "2024-03-05T08:00:00Z", date)), "fetchedAt", Json.toJson(date)), "publishedAt", Json.toJson(date)));
        }
        addJson(cases, "absurd-dates", "text-dates", raw(url("text-dates"), page(
                "On 31 February 2024 and on 99 Smarch 0 and in the year 300000000 and 5月99日 the regulator added "
                        + "Huawei to the Entity List, effective 2024-00-00, officials said on the 45th.")));

        // Text that is hard to read: zero-width and bidi characters, lying charsets, mojibake.
        addJson(cases, "zero-width-rtl", "zero-width-everywhere", raw(url("zero-width-everywhere"), page(
                "The\u200B Commerce\u200C Department\u200D added\u2060 Hikvision\uFEFF to the Entity List on "
                        + "Monday, officials\u200B said in a statement published late in the evening.")));
        addJson(cases, "zero-width-rtl", "rtl-override", raw(url("rtl-override"), page(
                "\u202Eتم إدراج الشركة في القائمة السوداء\u202C \u2067عربي\u2069 \u200Fالأسهم انخفضت بنسبة ٥٪\u200F "
                        + "שוק המניות ירד היום \u202Dבחדות\u202C after the announcement.")));
        addJson(cases, "zero-width-rtl", "only-invisible", raw(url("only-invisible"),
                "<p>" + "\u200B\u200C\u200D\u2060\uFEFF\u202E".repeat(2_000) + "</p>"));
        addJson(cases, "zero-width-rtl", "lone-surrogates-escaped", withField(raw(url("lone-surrogates-escaped"),
                GOOD_PAGE), "title", "\"\\ud800 broken \\udfff title\""));
        addJson(cases, "lying-charset", "says-shift-jis-is-utf8", withField(withField(raw(url("says-shift-jis-is-utf8"),
                GOOD_PAGE), "charset", "\"Shift_JIS\""), "contentType", "\"text/html; charset=Shift_JIS\""));
        addJson(cases, "lying-charset", "gbk-read-as-latin1", raw(url("gbk-read-as-latin1"), page(new String(
                "海康威视股价今日下跌百分之五，市场担忧新的出口限制措施将影响公司业绩。".getBytes(Charset.forName("GBK")),
                StandardCharsets.ISO_8859_1))));
        addJson(cases, "lying-charset", "replacement-characters", raw(url("replacement-characters"),
                page("The \uFFFD\uFFFD regulator \uFFFD fined \uFFFD\uFFFD\uFFFD a lender".repeat(20))));
        addJson(cases, "lying-charset", "meta-charset-lies", raw(url("meta-charset-lies"), GOOD_PAGE.replace(
                "<head>", "<head><meta charset=\"x-no-such-charset\"><meta http-equiv=\"Content-Type\" "
                        + "content=\"text/html; charset=EBCDIC-US\">")));

        // Body sizes: empty, blank, a little over the limit, and 50 MB.
        addJson(cases, "empty", "empty-body", raw(url("empty-body"), ""));
        addJson(cases, "empty", "blank-body", raw(url("blank-body"), " \n\t\u00A0\u3000 "));
        addJson(cases, "empty", "empty-html", raw(url("empty-html"), "<html><head></head><body></body></html>"));
        addJson(cases, "huge-body", "just-over-5Mi-chars", raw(url("just-over-5Mi-chars"),
                "<p>" + "word ".repeat(1_048_577) + "</p>"));
        addJson(cases, "huge-body", "50MB", raw(url("50MB"), "<p>" + "x".repeat(50 * 1024 * 1024) + "</p>"));

        // HTML that is hostile to a parser or a text extractor.
        addJson(cases, "deep-html", "100000-nested-divs", raw(url("100000-nested-divs"),
                "<html><body>" + "<div>".repeat(100_000) + "The regulator fined a lender on Tuesday after an audit."
                        + "</div>".repeat(100_000) + "</body></html>"));
        addJson(cases, "deep-html", "100000-unclosed-mixed", raw(url("100000-unclosed-mixed"),
                "<html><body>" + "<span><b><i><p><li><table><tr><td>".repeat(12_500) + "text at the bottom"));
        addJson(cases, "deep-html", "100000-nested-comments-and-cdata", raw(url("100000-nested-comments-and-cdata"),
                "<p>" + "<!--<![CDATA[<!--".repeat(30_000) + "lost" + "]]>-->".repeat(30_000) + "</p>"));
        addJson(cases, "script-only", "script-only", raw(url("script-only"),
                "<html><head><script>var a = '<p>not text</p>';" + "x++;".repeat(10_000) + "</script></head>"
                        + "<body><script src=\"/app.js\"></script><noscript></noscript></body></html>"));
        addJson(cases, "script-only", "style-and-svg-only", raw(url("style-and-svg-only"),
                "<html><body><style>p{color:red}</style><svg><text>chart</text></svg><template><p>hidden</p>"
                        + "</template></body></html>"));
        addJson(cases, "binary", "pdf-as-body", withField(raw(url("pdf-as-body"),
                new String(pdf(), StandardCharsets.ISO_8859_1)), "contentType", "\"application/pdf\""));
        addJson(cases, "binary", "png-as-body", raw(url("png-as-body"),
                new String(png(random), StandardCharsets.ISO_8859_1)));
        addJson(cases, "binary", "random-as-body", raw(url("random-as-body"),
                new String(bytes(random, 200_000), StandardCharsets.ISO_8859_1)));
        addJson(cases, "binary", "nul-characters", raw(url("nul-characters"), page("text\u0000with\u0000nuls ".repeat(200))));
        addJson(cases, "regex-hostile", "one-long-word", raw(url("one-long-word"), page("a".repeat(2_000_000))));
        addJson(cases, "regex-hostile", "one-long-sentence", raw(url("one-long-sentence"),
                page("sanctions Huawei Entity List shares fell 5% ".repeat(40_000))));
        addJson(cases, "regex-hostile", "front-matter-unclosed", raw(url("front-matter-unclosed"),
                "---\ntitle: [unclosed\ndate: 2024-99-99\n" + "key: value\n".repeat(50_000)));
        addJson(cases, "regex-hostile", "front-matter-yaml-bomb", raw(url("front-matter-yaml-bomb"), """
                ---
                a: &a ["x","x","x","x","x","x","x","x","x"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                title: bomb
                ---
                The regulator fined a lender on Tuesday after an audit found gaps in its reports.
                """));
        addJson(cases, "regex-hostile", "json-ld-hostile", raw(url("json-ld-hostile"), GOOD_PAGE.replace("</head>",
                "<script type=\"application/ld+json\">" + "{\"@graph\":[".repeat(5_000) + "</script></head>")));
        return cases;
    }

    /**
     * Seeded random mutations of a valid record's JSON: flipped bytes, cut ends, repeated slices. Most stay
     * invalid JSON (DLQ); some stay valid with odd text (an article). The seed is in each case's name.
     */
    static List<Case> mutations(long seed, int count) {
        byte[] valid = Json.toBytes(raw(url("mutation"), GOOD_PAGE));
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long caseSeed = seed + i;
            Random random = new Random(caseSeed);
            String name = "mutation-seed-" + caseSeed;
            // Each mutation carries its own url so that its article (if it survives) has its own id.
            byte[] bytes = new String(valid, StandardCharsets.UTF_8).replace(url("mutation"), url(name))
                    .getBytes(StandardCharsets.UTF_8);
            int operations = 1 + random.nextInt(4);
            for (int op = 0; op < operations; op++) {
                bytes = mutate(bytes, random);
            }
            cases.add(new Case(name, "random-mutation", url(name), bytes));
        }
        return cases;
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        switch (random.nextInt(5)) {
            case 0 -> { // flip one byte to anything, often into invalid UTF-8
                byte[] copy = bytes.clone();
                copy[at] = (byte) random.nextInt(256);
                return copy;
            }
            case 1 -> { // cut the tail
                return Arrays.copyOf(bytes, at);
            }
            case 2 -> { // repeat a slice many times
                int length = Math.min(1 + random.nextInt(40), bytes.length - at);
                byte[] slice = Arrays.copyOfRange(bytes, at, at + length);
                int times = 1 + random.nextInt(2_000);
                byte[] out = new byte[bytes.length + slice.length * times];
                System.arraycopy(bytes, 0, out, 0, at);
                for (int t = 0; t < times; t++) {
                    System.arraycopy(slice, 0, out, at + t * slice.length, slice.length);
                }
                System.arraycopy(bytes, at, out, at + slice.length * times, bytes.length - at);
                return out;
            }
            case 3 -> { // insert a hostile character (zero-width, bidi, NUL, quote, backslash)
                String[] hostile = {"\u200B", "\u202E", "\u0000", "\"", "\\", "\uFEFF", "\\u0000", "\\ud800"};
                byte[] insert = hostile[random.nextInt(hostile.length)].getBytes(StandardCharsets.UTF_8);
                byte[] out = new byte[bytes.length + insert.length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(insert, 0, out, at, insert.length);
                System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
                return out;
            }
            default -> { // delete a range
                int length = Math.min(1 + random.nextInt(60), bytes.length - at);
                byte[] out = new byte[bytes.length - length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(bytes, at + length, out, at, bytes.length - at - length);
                return out;
            }
        }
    }

    static RawArticle raw(String url, String body) {
        return new RawArticle(RawArticle.SCHEMA, url, url, "fuzz.example", "2024-03-05T09:00:00Z", 200, "text/html",
                "UTF-8", "header", null, null, body == null ? null : Ids.sha256(body), body);
    }

    private static String page(String paragraph) {
        return "<html><head><title>Fuzz</title></head><body><article><p>" + paragraph + "</p></article></body></html>";
    }

    /** A RawArticle's JSON with one field's JSON value replaced (wrong types, huge numbers). */
    private static String withField(RawArticle raw, String field, String jsonValue) {
        return withField(Json.toJson(raw), field, jsonValue);
    }

    private static String withField(String json, String field, String jsonValue) {
        String marker = "\"" + field + "\":";
        int start = json.indexOf(marker);
        if (start < 0) {
            throw new IllegalArgumentException("no field " + field);
        }
        int valueStart = start + marker.length();
        int valueEnd = valueStart;
        if (json.charAt(valueStart) == '"') {
            valueEnd = valueStart + 1;
            while (json.charAt(valueEnd) != '"' || json.charAt(valueEnd - 1) == '\\') {
                valueEnd++;
            }
            valueEnd++;
        } else {
            while (json.charAt(valueEnd) != ',' && json.charAt(valueEnd) != '}') {
                valueEnd++;
            }
        }
        return json.substring(0, valueStart) + jsonValue + json.substring(valueEnd);
    }

    private static void addJson(List<Case> cases, String kind, String name, RawArticle raw) {
        add(cases, kind, name, Json.toBytes(raw));
    }

    private static void addJson(List<Case> cases, String kind, String name, String json) {
        add(cases, kind, name, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void add(List<Case> cases, String kind, String name, byte[] value) {
        cases.add(new Case(name, kind, url(name), value));
    }

    private static byte[] pdf() {
        return ("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Length 44 /Filter /FlateDecode >>\nstream\n\u0078\u009C\u00CB\u0048\u00CD\u00C9"
                + "\u00C9\u0057\u0028\u00CF\u002F\u00CA\u0049\u0001\u0000\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
                + "%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] png(Random random) {
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] out = Arrays.copyOf(header, 4_096);
        byte[] rest = bytes(random, out.length - header.length);
        System.arraycopy(rest, 0, out, header.length, rest.length);
        return out;
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
