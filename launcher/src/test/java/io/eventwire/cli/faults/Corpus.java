package io.eventwire.cli.faults;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic news corpus for the fault tests: distinct URLs, a quarter with a sanction or market
 * sentence, about one in ten an exact copy and one in twenty a near copy of an earlier article (so
 * deduplication state matters across crashes), and one in fifty not a RawArticle at all (so the DLQ does).
 * Sentences are made up here; nothing is copied from real news.
 */
public final class Corpus {

    /** One input record: its key (the URL), and its value bytes as they go to {@code news.raw}. */
    public record Input(String url, byte[] value, boolean bad) {
        public String articleId() {
            return Ids.articleId(url);
        }
    }

    private static final String[] PLACES = {"Lisbon", "Osaka", "Nairobi", "Quito", "Tallinn", "Perth", "Lyon",
            "Busan", "Accra", "Bergen", "Cordoba", "Hanoi", "Tbilisi", "Leipzig", "Mombasa", "Recife"};
    private static final String[] TOPICS = {"a new tram line", "the harbour expansion", "water prices",
            "a school reform", "the regional budget", "wind farm permits", "a museum reopening", "bus fares",
            "flood defences", "the hospital merger", "a tax on short lets", "the airport noise rules"};
    private static final String[] VERBS = {"approved", "postponed", "debated", "rejected", "revised", "welcomed",
            "criticised", "announced"};
    private static final String[] GROUPS = {"the city council", "local business owners", "a residents' group",
            "the transport authority", "opposition members", "the mayor's office", "union leaders"};
    private static final String[] COMPANIES = {"Hikvision", "Huawei", "SMIC", "ZTE", "Dahua"};

    private Corpus() {
    }

    public static List<Input> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Input> inputs = new ArrayList<>(count);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String url = "https://wire" + (i % 7) + ".example/story/" + i;
            int roll = random.nextInt(100);
            if (roll < 2) {
                byte[] junk = ("<html>not a raw article " + i + "</html>").getBytes(StandardCharsets.UTF_8);
                inputs.add(new Input(url, junk, true));
                continue;
            }
            String body;
            if (roll < 12 && !bodies.isEmpty()) {
                body = bodies.get(random.nextInt(bodies.size()));
            } else if (roll < 17 && !bodies.isEmpty()) {
                body = bodies.get(random.nextInt(bodies.size())).replaceFirst("</p>", " Updated at noon.</p>");
            } else {
                body = story(random, i, roll < 42);
                bodies.add(body);
            }
            RawArticle raw = new RawArticle(RawArticle.SCHEMA, url, url, "wire" + (i % 7) + ".example",
                    "2024-05-06T10:00:00Z", 200, "text/html", "UTF-8", "header", null, null, Ids.sha256(body), body);
            inputs.add(new Input(url, Json.toBytes(raw), false));
        }
        return inputs;
    }

    static String story(Random random, int number, boolean withEvent) {
        String place = pick(random, PLACES);
        StringBuilder text = new StringBuilder();
        text.append("<html><head><title>").append(place).append(" update ").append(number)
                .append("</title><meta property=\"article:published_time\" content=\"2024-05-06T08:00:00Z\">")
                .append("</head><body><article>");
        int paragraphs = 3 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            text.append("<p>In ").append(place).append(", ").append(pick(random, GROUPS)).append(' ')
                    .append(pick(random, VERBS)).append(' ').append(pick(random, TOPICS)).append(" on day ")
                    .append(random.nextInt(10_000)).append(", and ").append(pick(random, GROUPS)).append(" said ")
                    .append(pick(random, TOPICS)).append(" would be ").append(pick(random, VERBS))
                    .append(" again after a vote of ").append(random.nextInt(90)).append(" to ")
                    .append(random.nextInt(90)).append(".</p>");
            if (withEvent && p == 1) {
                String company = pick(random, COMPANIES);
                text.append(random.nextBoolean()
                        ? "<p>The U.S. Commerce Department added " + company + " to the Entity List on May "
                                + (1 + random.nextInt(5)) + ", 2024, officials said in a statement.</p>"
                        : "<p>Shares of " + company + " fell " + (1 + random.nextInt(9)) + "." + random.nextInt(10)
                                + "% in Hong Kong on Monday after the announcement.</p>");
            }
        }
        return text.append("</article></body></html>").toString();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
