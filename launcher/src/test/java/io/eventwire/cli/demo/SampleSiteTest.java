package io.eventwire.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The bundled sample news site and the server that serves it. */
class SampleSiteTest {

    private static final String GBK_PAGE = "/zh/chanye/2023/11/20/anfang-chukou-shuju.html";
    private static final String PRIVATE_PAGE = "/private/drafts/embargoed-entity-list-draft.html";
    private static final String ORIGINAL = "/en/tech/2020/12/21/smic-dji-added-to-entity-list.html";
    private static final String SYNDICATED =
            "/partner/coastline-daily/world/2020/12/22/us-blacklists-top-chinese-chipmaker-and-drone-giant.html";
    private static final String NEAR_ORIGINAL = "/de/wirtschaft/2018/04/17/usa-verhaengen-exportverbot-gegen-zte.html";
    private static final String NEAR_DUPLICATE = "/de/ticker/2018/04/17/lieferstopp-washington-sperrt-zte.html";
    /** The pairs of pages allowed to share sentences, as declared in SAMPLE-EXPECTATIONS.md. */
    private static final Set<Set<String>> DECLARED_PAIRS =
            Set.of(Set.of(ORIGINAL, SYNDICATED), Set.of(NEAR_ORIGINAL, NEAR_DUPLICATE));
    private static final Set<String> NO_EVENT_PAGES = Set.of(
            "/zh/shenghuo/2024/10/12/longjing-jiuxi-qiuyou.html",
            "/en/life/2024/09/14/review-a-trail-headlamp-that-survives-the-rain.html",
            "/de/reise/2024/10/05/herbstwanderung-am-rheinsteig.html");
    private static final Set<String> NOT_SERVED = Set.of("index.txt", "README.md", "SAMPLE-EXPECTATIONS.md", "sample-gold.jsonl");

    private static SampleNewsServer server;
    private static URI base;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        server = new SampleNewsServer();
        base = server.start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void startReturnsALoopbackBaseUrlAndCloseIsIdempotent() throws Exception {
        assertEquals("http", base.getScheme());
        assertEquals("127.0.0.1", base.getHost());
        assertTrue(base.getPort() > 0);
        assertEquals("/", base.getPath());
        assertEquals(base.resolve("feed.xml"), server.feedUrl());
        assertThrows(IllegalStateException.class, server::start);

        try (SampleNewsServer second = new SampleNewsServer()) {
            URI other = second.start();
            assertNotEquals(base.getPort(), other.getPort());
            assertEquals(200, get(other.resolve("robots.txt"), Map.of()).statusCode());
            second.close();
            second.close();
            assertThrows(IOException.class, () -> get(other.resolve("robots.txt"), Map.of()));
        }
    }

    @Test
    void theIndexListsExactlyTheFilesOfTheFolder() throws Exception {
        URL index = getClass().getClassLoader().getResource(SampleNewsServer.RESOURCE_ROOT + SampleNewsServer.INDEX);
        assertNotNull(index, "index.txt on the classpath");
        assumeTrue(index.getProtocol().equals("file"), "the folder can be listed only from a directory");
        Path root = Paths.get(index.toURI()).getParent();
        Set<String> onDisk;
        try (Stream<Path> files = Files.walk(root)) {
            onDisk = files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !NOT_SERVED.contains(p))
                    .map(p -> "/" + p)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(onDisk, new TreeSet<>(server.paths()));
    }

    @Test
    void everyServedFileHas200AndTheRightContentType() throws Exception {
        for (String path : server.paths()) {
            HttpResponse<byte[]> response = get(path);
            assertEquals(200, response.statusCode(), path);
            String type = response.headers().firstValue("Content-Type").orElse("");
            String expected;
            if (path.equals(GBK_PAGE)) {
                expected = "text/html"; // deliberately without charset: the page's <meta charset="gbk"> says it
            } else if (path.endsWith(".html")) {
                expected = "text/html; charset=utf-8";
            } else if (path.equals("/feed.xml")) {
                expected = "application/rss+xml; charset=utf-8";
            } else if (path.endsWith(".xml")) {
                expected = "application/xml; charset=utf-8";
            } else if (path.endsWith(".txt")) {
                expected = "text/plain; charset=utf-8";
            } else {
                expected = "text/css; charset=utf-8";
            }
            assertEquals(expected, type, path);
            assertTrue(response.headers().firstValue("ETag").isPresent(), path);
            assertTrue(response.headers().firstValue("Last-Modified").isPresent(), path);
            String body = new String(response.body(), StandardCharsets.ISO_8859_1);
            assertFalse(body.contains(SampleNewsServer.PLACEHOLDER_ORIGIN), "placeholder origin replaced in " + path);
        }
        assertEquals("text/html; charset=utf-8", get("/").headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void everyHtmlPageSaysItIsASampleSite() throws Exception {
        for (String path : server.paths()) {
            if (path.endsWith(".html")) {
                String html = decode(path, get(path).body());
                assertTrue(html.contains("Sample site — fictional content written for the Eventwire demo"), path);
            }
        }
    }

    @Test
    void conditionalGetsGet304() throws Exception {
        String path = "/en/policy/2022/11/26/fcc-bars-new-huawei-zte-hikvision-dahua-devices.html";
        HttpResponse<byte[]> first = get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{24}\""), etag);
        ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);

        HttpResponse<byte[]> same = get(base.resolve(path.substring(1)), Map.of("If-None-Match", etag));
        assertEquals(304, same.statusCode());
        assertEquals(0, same.body().length);
        assertEquals(etag, same.headers().firstValue("ETag").orElse(""));
        assertEquals(304, get(base.resolve(path.substring(1)), Map.of("If-None-Match", "\"x\", W/" + etag)).statusCode());

        HttpResponse<byte[]> changed = get(base.resolve(path.substring(1)), Map.of("If-None-Match", "\"something-else\""));
        assertEquals(200, changed.statusCode());
        assertEquals(first.body().length, changed.body().length);

        assertEquals(304, get(base.resolve(path.substring(1)), Map.of("If-Modified-Since", lastModified)).statusCode());
        assertEquals(200, get(base.resolve(path.substring(1)),
                Map.of("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT")).statusCode());
        // If-None-Match wins over If-Modified-Since
        assertEquals(200, get(base.resolve(path.substring(1)),
                Map.of("If-None-Match", "\"other\"", "If-Modified-Since", lastModified)).statusCode());

        String otherEtag = get("/feed.xml").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, otherEtag);
    }

    @Test
    void unknownPathsAre404AndOtherMethods405() throws Exception {
        assertEquals(404, get("/no/such/page.html").statusCode());
        assertEquals(404, get("/README.md").statusCode());
        assertEquals(404, get("/index.txt").statusCode());
        assertEquals(404, get("/../pom.xml").statusCode());
        HttpResponse<Void> post = http.send(HttpRequest.newBuilder(base.resolve("feed.xml"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(405, post.statusCode());
        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(base.resolve("feed.xml"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(get("/feed.xml").body().length,
                Integer.parseInt(head.headers().firstValue("Content-Length").orElse("-1")));
        assertTrue(server.requestLog().contains("GET /no/such/page.html 404"), server.requestLog().toString());
    }

    @Test
    void theFeedIsRss2WithTitlesLinksAndDates() throws Exception {
        Document feed = xml(get("/feed.xml").body());
        Element rss = feed.getDocumentElement();
        assertEquals("rss", rss.getTagName());
        assertEquals("2.0", rss.getAttribute("version"));
        NodeList items = feed.getElementsByTagName("item");
        assertTrue(items.getLength() >= 10, "items: " + items.getLength());
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            assertFalse(text(item, "title").isBlank());
            assertTrue(text(item, "link").startsWith(base.toString()), text(item, "link"));
            ZonedDateTime.parse(text(item, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
        }
    }

    @Test
    void theSitemapIsXmlWithGoogleNewsEntries() throws Exception {
        Document sitemap = xml(get("/sitemap.xml").body());
        Element urlset = sitemap.getDocumentElement();
        assertEquals("urlset", urlset.getLocalName());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", urlset.getNamespaceURI());
        String newsNs = "http://www.google.com/schemas/sitemap-news/0.9";
        NodeList news = sitemap.getElementsByTagNameNS(newsNs, "news");
        assertTrue(news.getLength() >= 3, "news entries: " + news.getLength());
        for (int i = 0; i < news.getLength(); i++) {
            Element entry = (Element) news.item(i);
            for (String child : List.of("name", "language", "publication_date", "title")) {
                assertEquals(1, entry.getElementsByTagNameNS(newsNs, child).getLength(), child);
            }
            String date = entry.getElementsByTagNameNS(newsNs, "publication_date").item(0).getTextContent();
            ZonedDateTime.parse(date, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
    }

    @Test
    void feedAndSitemapTogetherCoverEveryArticlePageAndEveryLinkResolves() throws Exception {
        Set<String> feedLinks = links(xml(get("/feed.xml").body()), "item", "link");
        Set<String> sitemapLinks = links(xml(get("/sitemap.xml").body()), "url", "loc");
        Set<String> all = new TreeSet<>(feedLinks);
        all.addAll(sitemapLinks);
        Set<String> pages = server.paths().stream()
                .filter(p -> p.endsWith(".html") && !p.equals("/index.html"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(pages, all);
        assertTrue(pages.size() >= 14 && pages.size() <= 18, "article pages: " + pages.size());
        assertTrue(sitemapLinks.contains(PRIVATE_PAGE));
        assertFalse(feedLinks.contains(PRIVATE_PAGE));
        for (String path : all) {
            HttpResponse<byte[]> response = get(path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        }
    }

    @Test
    void robotsAllowsTheArticlesAndDisallowsPrivate() throws Exception {
        HttpResponse<byte[]> robots = get("/robots.txt");
        String text = new String(robots.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("User-agent: *"));
        assertTrue(text.lines().anyMatch(l -> l.strip().equals("Disallow: /private/")), text);
        assertTrue(text.contains("Sitemap: " + base.resolve("sitemap.xml")), text);
        assertTrue(PRIVATE_PAGE.startsWith("/private/"));
        for (String path : server.paths()) {
            if (!path.equals(PRIVATE_PAGE)) {
                assertFalse(path.startsWith("/private/"), path);
            }
        }
    }

    @Test
    void theLegacyPageIsGbkAndNotUtf8() throws Exception {
        byte[] bytes = get(GBK_PAGE).body();
        String text = strict(Charset.forName("GBK"), bytes);
        assertTrue(text.contains("<meta charset=\"gbk\">"));
        assertTrue(text.contains("视频监控摄像机出口额为487.2亿元"), "expected Chinese text");
        assertTrue(text.contains("智能安防市场规模"));
        assertThrows(CharacterCodingException.class, () -> strict(StandardCharsets.UTF_8, bytes));
        assertTrue(Charset.forName("GB18030").newDecoder().decode(ByteBuffer.wrap(bytes)).toString().contains("东盟"));
    }

    @Test
    void noSentenceIsSharedBetweenArticlesExceptTheDeclaredPairs() throws Exception {
        Map<String, List<String>> sentencesByPage = articleSentences();
        Map<String, Set<String>> pagesBySentence = new HashMap<>();
        sentencesByPage.forEach((page, sentences) -> sentences.forEach(
                s -> pagesBySentence.computeIfAbsent(s, x -> new TreeSet<>()).add(page)));
        Map<String, Set<String>> shared = new TreeMap<>();
        Set<Set<String>> sharingPairs = new HashSet<>();
        pagesBySentence.forEach((sentence, pages) -> {
            if (pages.size() > 1) {
                sharingPairs.add(pages);
                if (!DECLARED_PAIRS.contains(pages)) {
                    shared.put(sentence, pages);
                }
            }
        });
        assertTrue(shared.isEmpty(), "sentences shared outside the declared pairs: " + shared);
        assertEquals(DECLARED_PAIRS, sharingPairs, "each declared pair does share text");

        // the syndicated copy carries every sentence of the original but its standfirst; the near-duplicate
        // most, not all
        List<String> missing = new ArrayList<>(sentencesByPage.get(ORIGINAL));
        missing.removeAll(sentencesByPage.get(SYNDICATED));
        assertEquals(1, missing.size(), "only the standfirst is not syndicated: " + missing);
        List<String> original = sentencesByPage.get(NEAR_ORIGINAL);
        long kept = original.stream().filter(sentencesByPage.get(NEAR_DUPLICATE)::contains).count();
        assertTrue(kept >= original.size() / 2 && kept < original.size(), kept + " of " + original.size());
    }

    @Test
    void theGoldNamesServedPagesAndQuotesTheirText() throws Exception {
        Map<String, String> textByPage = new HashMap<>();
        for (String page : server.paths()) {
            if (page.endsWith(".html") && !page.equals("/index.html")) {
                textByPage.put(page, articleText(page));
            }
        }
        ObjectMapper json = new ObjectMapper();
        Set<String> pagesWithEvents = new TreeSet<>();
        int lines = 0;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream(SampleNewsServer.RESOURCE_ROOT + "sample-gold.jsonl")) {
            assertNotNull(in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode gold = json.readTree(line);
                lines++;
                String page = "/" + gold.get("article").asText();
                assertTrue(textByPage.containsKey(page), "gold names a served article: " + page);
                pagesWithEvents.add(page);
                String evidence = gold.get("evidence").asText();
                assertTrue(textByPage.get(page).contains(evidence), "evidence verbatim in " + page + ": " + evidence);
                assertTrue(Set.of("sanction", "market").contains(gold.get("type").asText()));
            }
        }
        assertTrue(lines >= 40, "gold lines: " + lines);
        for (String page : NO_EVENT_PAGES) {
            assertTrue(textByPage.containsKey(page), page);
            assertFalse(pagesWithEvents.contains(page), "no events expected in " + page);
        }
        assertFalse(pagesWithEvents.contains(SYNDICATED));
        assertFalse(pagesWithEvents.contains(NEAR_DUPLICATE));
        assertFalse(pagesWithEvents.contains(PRIVATE_PAGE));
        assertTrue(pagesWithEvents.contains(GBK_PAGE));
    }

    // ------------------------------------------------------------------ helpers

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return get(base.resolve(path.substring(1)), Map.of());
    }

    private static HttpResponse<byte[]> get(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(bytes));
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        assertEquals(1, nodes.getLength(), tag);
        return nodes.item(0).getTextContent().strip();
    }

    /** The paths of the {@code child} links of every {@code parent} element; all must point at this server. */
    private static Set<String> links(Document document, String parent, String child) throws URISyntaxException {
        Set<String> paths = new TreeSet<>();
        NodeList parents = document.getElementsByTagNameNS("*", parent);
        for (int i = 0; i < parents.getLength(); i++) {
            NodeList children = ((Element) parents.item(i)).getElementsByTagNameNS("*", child);
            assertEquals(1, children.getLength(), parent + "/" + child);
            URI link = new URI(children.item(0).getTextContent().strip());
            assertEquals(base.getAuthority(), link.getAuthority(), link.toString());
            paths.add(link.getPath());
        }
        return paths;
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static String decode(String path, byte[] bytes) throws CharacterCodingException {
        return strict(path.equals(GBK_PAGE) ? Charset.forName("GBK") : StandardCharsets.UTF_8, bytes);
    }

    private static final Pattern ARTICLE = Pattern.compile("<article[^>]*>(.*?)</article>", Pattern.DOTALL);
    private static final Pattern PARAGRAPH = Pattern.compile("<p(?:\\s[^>]*)?>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?])|(?<=[.;；])\\s+");

    /** The paragraphs of the page's {@code <article>}, tags removed, entities decoded, joined by newlines. */
    private static String articleText(String path) throws Exception {
        String html = decode(path, get(path).body());
        Matcher article = ARTICLE.matcher(html);
        assertTrue(article.find(), "an <article> in " + path);
        List<String> paragraphs = new ArrayList<>();
        Matcher p = PARAGRAPH.matcher(article.group(1));
        while (p.find()) {
            paragraphs.add(unescape(p.group(1).replaceAll("<[^>]+>", "")).strip());
        }
        return String.join("\n", paragraphs);
    }

    /** Sentences (at least 12 characters) of every article page, by path. */
    private static Map<String, List<String>> articleSentences() throws Exception {
        Map<String, List<String>> byPage = new LinkedHashMap<>();
        for (String path : server.paths()) {
            if (!path.endsWith(".html") || path.equals("/index.html")) {
                continue;
            }
            List<String> sentences = new ArrayList<>();
            for (String paragraph : articleText(path).split("\n")) {
                for (String sentence : SENTENCE_END.split(paragraph)) {
                    String s = sentence.strip().replaceAll("\\s+", " ");
                    if (s.codePointCount(0, s.length()) >= 12) {
                        sentences.add(s);
                    }
                }
            }
            assertFalse(sentences.isEmpty(), path);
            byPage.put(path, sentences);
        }
        return byPage;
    }

    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    private static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
