package io.eventwire.bench.corpus;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.RawArticle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The synthetic news corpus, for benchmarking only. Article {@code i} is a pure function of the seed and
 * {@code i}: a run can generate any slice, in any order, on any thread, and always get the same bytes.
 *
 * <p>Duplicates are spread evenly: article {@code i} is a duplicate when {@code floor((i+1)·d) > floor(i·d)}
 * for the duplicate share {@code d}, so any prefix of the corpus meets the shares to within one article.
 * A duplicate repeats an original among the previous {@value #DUPLICATE_WINDOW} articles, as syndication
 * repeats news within hours, not years.
 */
public final class CorpusGenerator {

    static final int DUPLICATE_WINDOW = 1000;
    /** Even a short brief has a few paragraphs; a near duplicate of a three-sentence text would not be near. */
    private static final int MIN_SENTENCES = 10;
    private static final long PPM = 1_000_000L;
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 3 * 365;
    private static final List<String> SECTIONS = List.of("news", "business", "markets", "tech", "world", "economy");
    private static final long SALT_STORY = 0x5354_4f52L;
    private static final long SALT_CHROME = 0x4348_524dL;
    private static final long SALT_DUPLICATE = 0x4455_504cL;
    private static final long SALT_FOCUS = 0x464f_4355L;

    private final CorpusSpec spec;
    private final long duplicatesPpm;
    private final long exactPpm;

    public CorpusGenerator(CorpusSpec spec) {
        this.spec = spec;
        this.exactPpm = Math.round(spec.exactDuplicateShare() * PPM);
        this.duplicatesPpm = exactPpm + Math.round(spec.nearDuplicateShare() * PPM);
    }

    public CorpusSpec spec() {
        return spec;
    }

    public Stream<GeneratedArticle> articles(long from, long count) {
        return LongStream.range(from, from + count).mapToObj(this::article);
    }

    public GeneratedArticle article(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("article index must be >= 0, got " + index);
        }
        return switch (kind(index)) {
            case ORIGINAL -> original(index);
            case EXACT_DUPLICATE -> exactDuplicate(index);
            case NEAR_DUPLICATE -> nearDuplicate(index);
        };
    }

    GeneratedArticle.Kind kind(long index) {
        if (duplicatesPpm == 0 || (index + 1) * duplicatesPpm / PPM == index * duplicatesPpm / PPM) {
            return GeneratedArticle.Kind.ORIGINAL;
        }
        long duplicatesBefore = index * duplicatesPpm / PPM;
        boolean exact = (duplicatesBefore + 1) * exactPpm / duplicatesPpm > duplicatesBefore * exactPpm / duplicatesPpm;
        return exact ? GeneratedArticle.Kind.EXACT_DUPLICATE : GeneratedArticle.Kind.NEAR_DUPLICATE;
    }

    // ---- originals

    /** An original's page and what went into it; duplicates start from the same draft. */
    private record Draft(long index, Site site, Story story, String url, long chromeSeed, int richness, long focus) {
    }

    private GeneratedArticle original(long index) {
        Draft draft = draft(index);
        return article(index, GeneratedArticle.Kind.ORIGINAL, -1, draft.site(), draft.story(), draft.url(),
                draft.chromeSeed(), draft.richness(), 0);
    }

    private Draft draft(long index) {
        long focus = Draw.mix(Draw.mix(spec.seed() ^ SALT_FOCUS) + index) | 1;
        Draw random = random(index, SALT_STORY, focus);
        Language language = spec.languages().get(random.nextInt(spec.languages().size()));
        Lexicon lexicon = Lexicon.of(language);
        Site site = random.one(Site.of(language));
        OffsetDateTime published = FIRST_DAY.plusDays(random.nextInt(DAYS))
                .atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60))
                .atOffset(site.offset());
        int targetBytes = logUniform(random, spec.minBytes() + 256, spec.maxBytes() - 1024);
        int richness = richness(targetBytes);
        String title = lexicon.headline(random);
        String author = lexicon.author(random);
        String url = url(site, published, title, index, random);
        long chromeSeed = Draw.mix(Draw.mix(spec.seed() ^ SALT_CHROME) + index);

        EventSchedule events = new EventSchedule(spec.eventSentenceShare(), random.nextDouble());
        Story.Sentence first = events.next(lexicon, random, published.toLocalDate());
        Story header = new Story(title, author, published, List.of());
        PageRenderer.Frame frame = PageRenderer.frame(site, header, first.text(), url, Draw.unfocused(chromeSeed),
                richness);
        int budget = targetBytes - frame.bytes();

        List<Story.Paragraph> paragraphs = new ArrayList<>();
        List<Story.Sentence> current = new ArrayList<>(List.of(first));
        String subheading = null;
        int bodyBytes = 8 + Utf8.length(PageRenderer.escape(first.text()));
        int sentences = 1;
        int paragraphLength = random.between(2, 5);
        while (bodyBytes < budget || sentences < MIN_SENTENCES) {
            if (current.size() >= paragraphLength) {
                paragraphs.add(new Story.Paragraph(subheading, current));
                current = new ArrayList<>();
                paragraphLength = random.between(2, 5);
                subheading = paragraphs.size() % 5 == 0 ? lexicon.subheading(random) : null;
                bodyBytes += 8 + (subheading == null ? 0 : 10 + Utf8.length(PageRenderer.escape(subheading)));
            }
            Story.Sentence sentence = events.next(lexicon, random, published.toLocalDate());
            current.add(sentence);
            bodyBytes += Utf8.length(PageRenderer.escape(sentence.text())) + lexicon.sentenceJoiner().length();
            sentences++;
        }
        paragraphs.add(new Story.Paragraph(subheading, current));
        return new Draft(index, site, new Story(title, author, published, paragraphs), url, chromeSeed, richness, focus);
    }

    /** Spreads event sentences evenly: sentence k states an event when floor((k+1)·s + u) > floor(k·s + u). */
    private static final class EventSchedule {
        private final double share;
        private final double offset;
        private int position;

        EventSchedule(double share, double offset) {
            this.share = share;
            this.offset = offset;
        }

        Story.Sentence next(Lexicon lexicon, Draw random, LocalDate published) {
            boolean event = Math.floor((position + 1) * share + offset) > Math.floor(position * share + offset);
            position++;
            if (!event) {
                return new Story.Sentence(Story.Kind.FILLER, lexicon.filler(random));
            }
            return random.nextBoolean()
                    ? new Story.Sentence(Story.Kind.SANCTION, lexicon.sanction(random, published))
                    : new Story.Sentence(Story.Kind.MARKET, lexicon.market(random, published));
        }
    }

    // ---- duplicates

    private GeneratedArticle exactDuplicate(long index) {
        Draw random = random(index, SALT_DUPLICATE, 0);
        Draft original = draft(originalBefore(index, random));
        String url = url(original.site(), original.story().published(), original.story().title(), index, random);
        return article(index, GeneratedArticle.Kind.EXACT_DUPLICATE, original.index(), original.site(),
                original.story(), url, original.chromeSeed(), original.richness(), random.between(5, 600));
    }

    /**
     * The same story on another site of its language, a few filler sentences replaced, dropped or added
     * (3–8 % of them, at least one), and the page kept within the size bounds.
     */
    private GeneratedArticle nearDuplicate(long index) {
        Draft original = draft(originalBefore(index, random(index, SALT_DUPLICATE, 0)));
        // New sentences stay on the original's topic, as an editor's changes do.
        Draw random = random(index, SALT_DUPLICATE ^ SALT_STORY, original.focus());
        Lexicon lexicon = Lexicon.of(original.site().language());
        List<Site> others = Site.of(original.site().language()).stream()
                .filter(site -> !site.equals(original.site())).toList();
        Site site = others.isEmpty() ? original.site() : random.one(others);
        List<List<Story.Sentence>> paragraphs = new ArrayList<>();
        original.story().paragraphs().forEach(paragraph -> paragraphs.add(new ArrayList<>(paragraph.sentences())));
        int total = paragraphs.stream().mapToInt(List::size).sum();
        int edits = Math.max(1, (int) Math.round(total * (0.03 + 0.05 * random.nextDouble())));
        for (int e = 0; e < edits; e++) {
            List<Story.Sentence> paragraph = paragraphs.get(random.nextInt(paragraphs.size()));
            int at = random.nextInt(paragraph.size());
            Story.Sentence fresh = new Story.Sentence(Story.Kind.FILLER, lexicon.filler(random));
            int action = random.nextInt(100);
            if (action < 15 || paragraph.get(at).kind() != Story.Kind.FILLER) {
                paragraph.add(at, fresh);
            } else if (action < 30 && paragraph.size() > 1) {
                paragraph.remove(at);
            } else {
                paragraph.set(at, fresh);
            }
        }
        Story edited = withSentences(original.story(), paragraphs);
        String url = url(site, edited.published(), edited.title(), index, random);
        long chromeSeed = Draw.mix(Draw.mix(spec.seed() ^ SALT_CHROME) + index);
        edited = fitToBounds(edited, site, url, chromeSeed, original.richness(), lexicon, random);
        return article(index, GeneratedArticle.Kind.NEAR_DUPLICATE, original.index(), site, edited, url, chromeSeed,
                original.richness(), random.between(5, 600));
    }

    private Story fitToBounds(Story story, Site site, String url, long chromeSeed, int richness, Lexicon lexicon,
                              Draw random) {
        List<List<Story.Sentence>> paragraphs = new ArrayList<>();
        story.paragraphs().forEach(paragraph -> paragraphs.add(new ArrayList<>(paragraph.sentences())));
        Story fitted = story;
        while (true) {
            int bytes = Utf8.length(render(site, fitted, url, chromeSeed, richness));
            List<Story.Sentence> last = paragraphs.get(paragraphs.size() - 1);
            if (bytes > spec.maxBytes() && (paragraphs.size() > 1 || last.size() > MIN_SENTENCES)) {
                last.remove(last.size() - 1);
                if (last.isEmpty()) {
                    paragraphs.remove(paragraphs.size() - 1);
                }
            } else if (bytes < spec.minBytes()) {
                last.add(new Story.Sentence(Story.Kind.FILLER, lexicon.filler(random)));
            } else {
                return fitted;
            }
            fitted = withSentences(story, paragraphs);
        }
    }

    private static Story withSentences(Story story, List<List<Story.Sentence>> sentences) {
        List<Story.Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!sentences.get(i).isEmpty()) {
                String subheading = i < story.paragraphs().size() ? story.paragraphs().get(i).subheading() : null;
                paragraphs.add(new Story.Paragraph(subheading, List.copyOf(sentences.get(i))));
            }
        }
        return new Story(story.title(), story.author(), story.published(), paragraphs);
    }

    /** An original among the previous {@value #DUPLICATE_WINDOW} articles (article 0 is always one). */
    private long originalBefore(long index, Draw random) {
        long from = Math.max(0, index - DUPLICATE_WINDOW);
        for (int attempt = 0; attempt < 64; attempt++) {
            long candidate = from + random.nextLong(index - from);
            if (kind(candidate) == GeneratedArticle.Kind.ORIGINAL) {
                return candidate;
            }
        }
        for (long candidate = index - 1; candidate > 0; candidate--) {
            if (kind(candidate) == GeneratedArticle.Kind.ORIGINAL) {
                return candidate;
            }
        }
        return 0;
    }

    // ---- pages and records

    private GeneratedArticle article(long index, GeneratedArticle.Kind kind, long duplicateOf, Site site, Story story,
                                     String url, long chromeSeed, int richness, int fetchDelayMinutes) {
        String body = render(site, story, url, chromeSeed, richness);
        Draw random = random(index, SALT_STORY ^ SALT_DUPLICATE, 0);
        OffsetDateTime fetched = story.published().plusMinutes(fetchDelayMinutes + random.nextInt(30))
                .withOffsetSameInstant(ZoneOffset.UTC);
        // Feeds and sitemaps give a title and a date for some pages only; the rest come from the page itself.
        boolean fromFeed = random.nextBoolean();
        RawArticle raw = new RawArticle(RawArticle.SCHEMA, url, url, site.host(),
                fetched.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), 200, "text/html; charset=utf-8", "UTF-8",
                "http-header", fromFeed ? story.title() : null,
                fromFeed ? story.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : null,
                Ids.sha256(body), body);
        List<Story.Sentence> sentences = story.sentences();
        return new GeneratedArticle(index, kind, duplicateOf, site.language(), sentences.size(),
                (int) story.count(Story.Kind.SANCTION), (int) story.count(Story.Kind.MARKET), raw);
    }

    private static String render(Site site, Story story, String url, long chromeSeed, int richness) {
        String description = story.paragraphs().get(0).sentences().get(0).text();
        PageRenderer.Frame frame = PageRenderer.frame(site, story, description, url, Draw.unfocused(chromeSeed),
                richness);
        StringBuilder page = new StringBuilder(frame.head().length() + frame.tail().length() + 16 * 1024);
        page.append(frame.head());
        String joiner = Lexicon.of(site.language()).sentenceJoiner();
        story.paragraphs().forEach(paragraph -> page.append(PageRenderer.paragraph(paragraph, joiner)));
        return page.append(frame.tail()).toString();
    }

    private static String url(Site site, OffsetDateTime published, String title, long index, Draw random) {
        String slug = site.language() == Language.ZH ? "article"
                : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "https://" + site.host() + "/" + random.one(SECTIONS) + "/"
                + published.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")) + "/" + slug + "-"
                + Long.toString(index, 36) + Integer.toString(random.nextInt(1296), 36) + ".html";
    }

    /** Small pages get lean chrome, large ones a portal's; 0..10. */
    private static int richness(int targetBytes) {
        return Math.max(0, Math.min(10, (targetBytes - 3 * 1024) / 2500));
    }

    private static int logUniform(Draw random, int min, int max) {
        return (int) Math.round(min * Math.pow((double) max / min, random.nextDouble()));
    }

    private Draw random(long index, long salt, long focus) {
        return new Draw(new SplittableRandom(Draw.mix(Draw.mix(spec.seed() ^ salt) + index)), focus);
    }

}
