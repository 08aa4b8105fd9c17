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

    /** The text, without white space, of the last {@code <p>} of a seed that is HTML after its front matter. */
    private static String lastParagraphOf(String seed) throws IOException {
        try (Stream<Path> files = Files.list(SharedData.require("seeds"))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(seed)).findFirst().orElseThrow();
            return Jsoup.parse(Files.readString(file)).select("p").last().text().replaceAll("\\s+", "");
        }
    }

    @Test
    void titlesAndPublicationDatesAreTheOnesTheSourcesState() throws IOException {
        Map<String, Article> seeds = seeds();

        assertEquals("国产摄像头在美或将全部下架，美国的恐慌由何而来？", seeds.get("000").title());
        assertEquals("2022-05-19T04:09:01Z", seeds.get("000").publishedAt());
        assertEquals("36kr", seeds.get("000").author());

        assertEquals("欧洲对面部识别和其他中国技术的兴趣正在填补美国缺席的深圳展会", seeds.get("001").title(),
                "the site name is cut from the title");
        assertTrue(seeds.get("001").publishedAt().startsWith("2020-05-20"), seeds.get("001").publishedAt());

        assertTrue(seeds.get("002").title().startsWith("China’s surveillance industry plays down US blacklist"),
                seeds.get("002").title());
        assertTrue(seeds.get("003").title().startsWith("Opinion: Impact Expected From Commerce Department"),
                seeds.get("003").title());
        assertEquals("Steve Surfaro", seeds.get("003").author());
        assertTrue(seeds.get("004").title().startsWith("Exportverbot der US-Regierung"), seeds.get("004").title());
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
