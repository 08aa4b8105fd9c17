package io.eventwire.processor.normalize;

import io.eventwire.contracts.record.Article;
import io.eventwire.testkit.SharedData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five seed articles of {@code ../shared/seeds}: a 36kr piece as front matter and HTML, an iYouPort piece
 * as front matter and a saved WordPress article, and English and German pages saved as plain text.
 */
class SeedArticlesTest {

    /** Furniture seen around the seeds' articles: share buttons, newsletter prompts, navigation, advertising. */
    private static final List<String> BOILERPLATE = List.of(
            "Advertisement", "Werbung", "Learn more", "Get more with", "Facebook", "Twitter", "共享", "赞过",
            "正在加载", "Tagged", "newsletter", "Newsletter", "sign up", "Folgen Sie uns", "E-Mail-Adresse",
            "Anmeldung", "print edition", "VERBINDUNG");

    private final Normalizer normalizer = new Normalizer();

    private Map<String, Article> seeds() throws IOException {
        Path folder = SharedData.require("seeds");
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(TextExtractionReport::readable).sorted().collect(Collectors.toMap(
                    file -> file.getFileName().toString().substring(0, 3),
                    file -> normalizer.normalize(TextExtractionReport.rawArticle(file)),
                    (a, b) -> a, java.util.TreeMap::new));
        }
    }

    private static Path seedFile(String seed) throws IOException {
        try (Stream<Path> files = Files.list(SharedData.require("seeds"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(seed)).findFirst().orElseThrow();
        }
    }

    private static List<String> linesOf(String seed) throws IOException {
        return Files.readAllLines(seedFile(seed));
    }

    /** The {@code title:} of a seed's YAML front matter, without its quotes. */
    private static String frontMatterTitle(String seed) throws IOException {
        return linesOf(seed).stream().filter(line -> line.startsWith("title:")).findFirst().orElseThrow()
                .substring("title:".length()).strip().replaceAll("^['\"]|['\"]$", "");
    }

    /** The text, without white space, of the last {@code <p>} of a seed that is HTML after its front matter. */
    private static String lastParagraphOf(String seed) throws IOException {
        return Jsoup.parse(Files.readString(seedFile(seed))).select("p").last().text().replaceAll("\\s+", "");
    }

    @Test
    void titlesAndPublicationDatesAreTheOnesTheSourcesState() throws IOException {
        Map<String, Article> seeds = seeds();

        // Expected titles are read from the seed files themselves, so that no seed text is copied here.
        assertEquals(frontMatterTitle("000"), seeds.get("000").title());
        assertEquals("2022-05-19T04:09:01Z", seeds.get("000").publishedAt());
        assertEquals("36kr", seeds.get("000").author());

        String iYouPort = frontMatterTitle("001");
        assertTrue(iYouPort.startsWith(seeds.get("001").title()) && iYouPort.length() > seeds.get("001").title().length(),
                "the site name is cut from the title: " + seeds.get("001").title());
        assertTrue(seeds.get("001").publishedAt().startsWith("2020-05-20"), seeds.get("001").publishedAt());

        for (String plain : List.of("002", "003", "004")) {
            String title = seeds.get(plain).title();
            assertTrue(title != null && title.length() >= 20, plain + " has a headline: " + title);
            assertTrue(linesOf(plain).stream().anyMatch(line -> line.strip().startsWith(title)),
                    plain + ": the title is a line of the page, not made up: " + title);
            BOILERPLATE.forEach(word -> assertFalse(title.contains(word), plain + ": not a page furniture line"));
        }
        assertEquals("Steve Surfaro", seeds.get("003").author());
        for (String plain : List.of("002", "003", "004")) {
            assertNull(seeds.get(plain).publishedAt(), plain + " states no publication date");
        }
    }

    @Test
    void textsAreTheArticlesWithoutShareNewsletterNavigationOrAdvertising() throws IOException {
        Map<String, Article> seeds = seeds();

        assertEquals(5, seeds.size());
        for (Map.Entry<String, Article> seed : seeds.entrySet()) {
            String text = seed.getValue().text();
            assertTrue(text.length() > 1000, seed.getKey() + " has its article text");
            assertFalse(text.startsWith(seed.getValue().title()), seed.getKey() + ": the title is not the text");
            for (String boilerplate : BOILERPLATE) {
                assertFalse(text.contains(boilerplate), seed.getKey() + " has no \"" + boilerplate + "\"");
            }
            assertFalse(text.contains("<"), seed.getKey() + " has no markup");
            assertFalse(List.of(text.split("\n")).contains("相关"), seed.getKey() + " has no related-posts heading");
        }
        assertTrue(seeds.get("000").text().replaceAll("\\s+", "").endsWith(lastParagraphOf("000")),
                "000 keeps its last paragraph");
        long subheadings = Stream.of(seeds.get("004").text().split("\n\n"))
                .filter(paragraph -> !paragraph.endsWith(".") && !paragraph.endsWith("\"")).count();
        assertTrue(subheadings >= 2, "004 keeps its subheadings");
    }
}
