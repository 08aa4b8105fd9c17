package io.eventwire.bench.corpus;

import io.eventwire.bench.corpus.GeneratedArticle.Kind;
import io.eventwire.contracts.id.Ids;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {

    private static final int N = 1000;
    private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>");

    private final CorpusGenerator generator = new CorpusGenerator(CorpusSpec.defaults(42));
    private final List<GeneratedArticle> corpus = generator.articles(0, N).toList();

    @Test
    void theSameSeedGivesTheSameBytesInAnyOrder() {
        CorpusGenerator again = new CorpusGenerator(CorpusSpec.defaults(42));
        for (int i = N - 1; i >= 0; i -= 7) {
            assertEquals(corpus.get(i), again.article(i), "article " + i);
        }
    }

    /**
     * The same bytes in every JVM, not only within one: a digest of the first pages, taken once. (It caught
     * an enum's identity hash deciding which site an article went to.)
     */
    @Test
    void theSameSeedGivesTheSameBytesInEveryRun() {
        StringBuilder pages = new StringBuilder();
        corpus.subList(0, 50).forEach(article -> pages.append(article.raw().contentHash()).append(article.raw().url()));
        assertEquals("535518b60e20b52bdacab475f65eb695de55b683729951b8c1f0954a94afc8b9", Ids.sha256(pages.toString()));
    }

    @Test
    void anotherSeedGivesAnotherCorpus() {
        CorpusGenerator other = new CorpusGenerator(CorpusSpec.defaults(43));
        assertNotEquals(corpus.get(0).raw().body(), other.article(0).raw().body());
    }

    @Test
    void everyPageIsBetween3And30Kilobytes() {
        for (GeneratedArticle article : corpus) {
            int bytes = article.bodyBytes();
            assertTrue(bytes >= 3 * 1024 && bytes <= 30 * 1024, "article " + article.index() + " has " + bytes + " bytes");
        }
        assertTrue(corpus.stream().anyMatch(article -> article.bodyBytes() < 5 * 1024), "some small pages");
        assertTrue(corpus.stream().anyMatch(article -> article.bodyBytes() > 20 * 1024), "some large pages");
    }

    @Test
    void pagesCarryTheBoilerplateOfRealNewsSites() {
        String page = corpus.get(0).raw().body();
        for (String part : List.of("<nav", "cookie-banner", "application/ld+json", "og:title", "<footer", "<aside")) {
            assertTrue(page.contains(part), "page has " + part);
        }
    }

    @Test
    void duplicateSharesAreMetToWithinOneArticle() {
        Map<Kind, Long> kinds = corpus.stream().collect(Collectors.groupingBy(GeneratedArticle::kind,
                Collectors.counting()));
        assertEquals(100, kinds.get(Kind.EXACT_DUPLICATE), 1);
        assertEquals(100, kinds.get(Kind.NEAR_DUPLICATE), 1);

        CorpusGenerator none = new CorpusGenerator(CorpusSpec.defaults(42).withShares(0, 0, 0.08));
        assertTrue(none.articles(0, 200).allMatch(article -> article.kind() == Kind.ORIGINAL));
    }

    @Test
    void exactDuplicatesRepeatTheMainTextAtAnotherUrl() {
        corpus.stream().filter(article -> article.kind() == Kind.EXACT_DUPLICATE).forEach(duplicate -> {
            GeneratedArticle original = corpus.get((int) duplicate.duplicateOf());
            assertEquals(Kind.ORIGINAL, original.kind());
            assertNotEquals(original.raw().url(), duplicate.raw().url());
            assertEquals(original.raw().body(), duplicate.raw().body().replace(duplicate.raw().url(), original.raw().url()));
        });
    }

    @Test
    void nearDuplicatesShareMostButNotAllSentences() {
        corpus.stream().filter(article -> article.kind() == Kind.NEAR_DUPLICATE).forEach(duplicate -> {
            GeneratedArticle original = corpus.get((int) duplicate.duplicateOf());
            assertEquals(Kind.ORIGINAL, original.kind());
            assertNotEquals(original.raw().source(), duplicate.raw().source(), "syndicated on another site");
            Set<String> a = shingles(original.raw().body());
            Set<String> b = shingles(duplicate.raw().body());
            assertNotEquals(a, b);
            Set<String> common = new HashSet<>(a);
            common.retainAll(b);
            Set<String> union = new HashSet<>(a);
            union.addAll(b);
            assertTrue(common.size() >= 0.7 * union.size(),
                    "article " + duplicate.index() + " keeps most of the text of " + original.index());
        });
    }

    @Test
    void eventSentencesMeetTheirShare() {
        assertShare(corpus, 0.08);
        CorpusGenerator eventful = new CorpusGenerator(CorpusSpec.defaults(7).withShares(0.1, 0.1, 0.3));
        List<GeneratedArticle> other = eventful.articles(0, 300).toList();
        assertShare(other, 0.3);
        long sanctions = other.stream().mapToLong(GeneratedArticle::sanctionSentences).sum();
        long market = other.stream().mapToLong(GeneratedArticle::marketSentences).sum();
        assertEquals(0.5, (double) sanctions / (sanctions + market), 0.05, "sanction and market sentences half each");
    }

    @Test
    void everyLanguageHasItsShare() {
        Map<Language, Long> languages = corpus.stream().collect(Collectors.groupingBy(GeneratedArticle::language,
                Collectors.counting()));
        for (Language language : Language.values()) {
            assertEquals(N / 3.0, languages.get(language), N * 0.06, language.name());
        }
        assertTrue(corpus.stream().filter(article -> article.language() == Language.ZH)
                .allMatch(article -> article.raw().body().contains("lang=\"zh\"")));
    }

    private static void assertShare(List<GeneratedArticle> articles, double share) {
        long sentences = articles.stream().mapToLong(GeneratedArticle::sentences).sum();
        long events = articles.stream().mapToLong(GeneratedArticle::eventSentences).sum();
        // Each article rounds its own count, and edits to near duplicates replace only non-event sentences.
        assertEquals(share, (double) events / sentences, 0.01);
    }

    /** Character 8-grams of the paragraphs' text: a rough resemblance that needs no text extractor. */
    private static Set<String> shingles(String html) {
        StringBuilder text = new StringBuilder();
        Matcher matcher = PARAGRAPH.matcher(html);
        while (matcher.find()) {
            text.append(matcher.group(1)).append(' ');
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 8 <= text.length(); i++) {
            out.add(text.substring(i, i + 8));
        }
        return out;
    }

}
