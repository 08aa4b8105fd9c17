package io.eventwire.processor.dedup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates a labelled near-duplicate set from the templates in {@code dedup-corpus}: stories (facts shared
 * across languages), base articles telling them in zh, en and de, near-duplicate variants of each base
 * article, and other articles on the same story in other words. Everything is drawn from one seeded
 * {@link Random}, so the set is the same on every run.
 */
final class NewsCorpus {

    static final List<String> LANGUAGES = List.of("en", "de", "zh");

    /** How a positive was derived from its base article. */
    enum Variant { SYNDICATED, EDITED, TRUNCATED, REORDERED, COMBINED }

    /** The language-neutral facts of one story; entity numbers index the aligned entity lists. */
    record Story(int number, int company, int authority, int city, int analyst, int product, LocalDate date,
                 double percent, double billions, int countries) {
    }

    /** One generated article: its sentences are kept so variants can cut and reorder them. */
    record Text(String language, int story, List<String> sentences) {
        String body() {
            StringBuilder out = new StringBuilder();
            String separator = language.equals("zh") ? "" : " ";
            for (int i = 0; i < sentences.size(); i++) {
                if (i > 0) {
                    out.append(i % 3 == 0 ? "\n\n" : separator);
                }
                out.append(sentences.get(i));
            }
            return out.toString();
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final int FILLERS_PER_ARTICLE = 4;

    private final Random random;
    private final Map<String, CorpusTemplates> templates;

    NewsCorpus(long seed) {
        this.random = new Random(seed);
        this.templates = Map.of("en", CorpusTemplates.load("en"), "de", CorpusTemplates.load("de"),
                "zh", CorpusTemplates.load("zh"));
    }

    Story story(int number) {
        CorpusTemplates any = templates.get("en");
        return new Story(number,
                random.nextInt(any.section("entity.company").size()),
                random.nextInt(any.section("entity.authority").size()),
                random.nextInt(any.section("entity.city").size()),
                random.nextInt(any.section("entity.analyst").size()),
                random.nextInt(any.section("entity.product").size()),
                LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)),
                2 + random.nextInt(130) / 10.0,
                0.5 + random.nextInt(195) / 10.0,
                20 + random.nextInt(130));
    }

    /** A base article: every slot of the story in a randomly chosen wording, with background sentences. */
    Text base(Story story, String language) {
        CorpusTemplates t = templates.get(language);
        List<Integer> wordings = new ArrayList<>();
        for (String slot : t.slots()) {
            wordings.add(random.nextInt(t.section(slot).size()));
        }
        return tell(story, t, wordings);
    }

    /**
     * Another article on the same story: same facts, numbers and entities, but each slot in a different
     * wording than {@code base}, other background sentences and a different order after the lead.
     */
    Text otherWording(Story story, Text base) {
        CorpusTemplates t = templates.get(base.language());
        List<Integer> wordings = new ArrayList<>();
        for (String slot : t.slots()) {
            int alternatives = t.section(slot).size();
            int used = t.section(slot).indexOf(findTemplateOf(base, t, slot, story));
            wordings.add((used + 1 + random.nextInt(alternatives - 1)) % alternatives);
        }
        Text other = tell(story, t, wordings);
        List<String> sentences = new ArrayList<>(other.sentences());
        Collections.shuffle(sentences.subList(1, sentences.size()), random);
        return new Text(other.language(), story.number(), sentences);
    }

    Text variant(Text base, Variant kind) {
        return switch (kind) {
            case SYNDICATED -> withBoilerplate(base);
            case EDITED -> lightlyEdited(base);
            case TRUNCATED -> truncated(base, 0.65 + random.nextDouble() * 0.25);
            case REORDERED -> reordered(base);
            case COMBINED -> lightlyEdited(withBoilerplate(truncated(base, 0.7 + random.nextDouble() * 0.2)));
        };
    }

    private Text tell(Story story, CorpusTemplates t, List<Integer> wordings) {
        List<String> slots = t.slots();
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            sentences.add(fill(t.section(slots.get(i)).get(wordings.get(i)), story, t));
        }
        for (int i = 0; i < FILLERS_PER_ARTICLE; i++) {
            sentences.add(1 + random.nextInt(sentences.size()), filler(t));
        }
        return new Text(t.language(), story.number(), sentences);
    }

    /** The slot template a base article used, found by filling each alternative with the story's facts. */
    private static String findTemplateOf(Text base, CorpusTemplates t, String slot, Story story) {
        for (String template : t.section(slot)) {
            if (base.sentences().contains(fill(template, story, t))) {
                return template;
            }
        }
        throw new IllegalStateException("base article lacks slot " + slot);
    }

    private String filler(CorpusTemplates t) {
        String subject = pick(t.section("filler.subject"));
        String verb = pick(t.section("filler.verb"));
        String object = pick(t.section("filler.object"));
        String tail = pick(t.section("filler.tail"));
        return t.language().equals("zh")
                ? subject + verb + object + "，" + tail
                : subject + " " + verb + " " + object + ", " + tail;
    }

    private Text withBoilerplate(Text base) {
        CorpusTemplates t = templates.get(base.language());
        List<String> sentences = new ArrayList<>();
        sentences.add(pick(t.section("boilerplate.header")));
        sentences.addAll(base.sentences());
        sentences.add(pick(t.section("boilerplate.footer")));
        return new Text(base.language(), base.story(), sentences);
    }

    /** Keeps the leading sentences that make up at least {@code keep} of the text's length. */
    private static Text truncated(Text base, double keep) {
        int total = base.body().length();
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String sentence : base.sentences()) {
            if (length >= keep * total) {
                break;
            }
            kept.add(sentence);
            length += sentence.length() + 1;
        }
        return new Text(base.language(), base.story(), kept);
    }

    /** Moves two sentences elsewhere, as editors do when they put a quote or a figure higher up. */
    private Text reordered(Text base) {
        List<String> sentences = new ArrayList<>(base.sentences());
        for (int move = 0; move < 2; move++) {
            String sentence = sentences.remove(random.nextInt(sentences.size()));
            sentences.add(random.nextInt(sentences.size() + 1), sentence);
        }
        return new Text(base.language(), base.story(), sentences);
    }

    /**
     * Copy-editing: about one token in 30 is deleted, replaced by another token of the text or swapped with
     * its neighbour. Tokens are words, or characters in Chinese.
     */
    private Text lightlyEdited(Text base) {
        boolean chinese = base.language().equals("zh");
        List<String> sentences = new ArrayList<>();
        for (String sentence : base.sentences()) {
            List<String> tokens = new ArrayList<>(List.of(chinese
                    ? sentence.codePoints().mapToObj(Character::toString).toArray(String[]::new)
                    : sentence.split(" ")));
            for (int i = 0; i < tokens.size(); i++) {
                double roll = random.nextDouble();
                if (roll < 0.012 && tokens.size() > 1) {
                    tokens.remove(i);
                } else if (roll < 0.024) {
                    tokens.set(i, tokens.get(random.nextInt(tokens.size())));
                } else if (roll < 0.034 && i + 1 < tokens.size()) {
                    Collections.swap(tokens, i, i + 1);
                }
            }
            sentences.add(String.join(chinese ? "" : " ", tokens));
        }
        return new Text(base.language(), base.story(), sentences);
    }

    private static String fill(String template, Story story, CorpusTemplates t) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(matcher.group(1), story, t)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String value(String placeholder, Story story, CorpusTemplates t) {
        Locale locale = Locale.forLanguageTag(t.language());
        return switch (placeholder) {
            case "company" -> t.section("entity.company").get(story.company());
            case "authority" -> t.section("entity.authority").get(story.authority());
            case "city" -> t.section("entity.city").get(story.city());
            case "analyst" -> t.section("entity.analyst").get(story.analyst());
            case "product" -> t.section("entity.product").get(story.product());
            case "date" -> story.date().format(DateTimeFormatter.ofPattern(switch (t.language()) {
                case "de" -> "d. MMMM";
                case "zh" -> "M月d日";
                default -> "MMMM d";
            }, locale));
            case "pct" -> String.format(locale, "%.1f", story.percent());
            case "amount" -> String.format(locale, "%.1f", story.billions());
            case "amount_yi" -> String.format(locale, "%.0f", story.billions() * 10);
            case "count" -> Integer.toString(story.countries());
            default -> throw new IllegalArgumentException("unknown placeholder {" + placeholder + "}");
        };
    }

    private String pick(List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}
