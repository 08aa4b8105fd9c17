package io.eventwire.processor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.record.Amount;
import io.eventwire.contracts.record.Event;
import io.eventwire.contracts.record.MarketEvent;
import io.eventwire.contracts.record.Target;
import io.eventwire.contracts.serde.Json;
import io.eventwire.processor.topology.PipelineSteps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The matching rules of {@code ../shared/eval/README.md}, as {@code score.py} applies them: same article, same
 * type and subtype, a shared organisation (aliases mapped by the scorer's name map, or one name's words all in
 * the other), date prefix, market amounts within 1 %. Borderline gold lines neither count nor cost.
 */
final class GoldScorer {

    /** Counts of one event type. */
    record Counts(int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(),
                    tp, fp, fn);
        }
    }

    /** A predicted event with the article (file name without extension) it came from. */
    record Prediction(String article, Event event) {
    }

    private static final Set<String> STOP = Set.of("co", "ltd", "inc", "corp", "corporation", "company", "group",
            "holding", "holdings", "the", "of", "and", "limited", "plc", "ag", "gmbh", "sa");

    private final Map<String, String> names;

    /** @param entities the scorer's name map ({@code entities.json}) */
    GoldScorer(JsonNode entities) {
        names = new LinkedHashMap<>();
        for (JsonNode entity : entities) {
            String canonical = entity.path("canonical").asText();
            names.put(canonical.toLowerCase(Locale.ROOT), canonical);
            for (JsonNode alias : entity.path("aliases")) {
                names.put(alias.path("alias").asText().toLowerCase(Locale.ROOT), canonical);
            }
        }
    }

    /**
     * Extracts the events of {@code articles} through the topology's own steps ({@link PipelineSteps}) and scores
     * them against the gold lines of {@code goldFile}; the article of a prediction is its file name's stem.
     */
    Map<String, Counts> scoreFiles(List<Path> articles, Path goldFile) throws IOException {
        PipelineSteps steps = PipelineSteps.defaults();
        List<Prediction> predictions = new ArrayList<>();
        for (Path file : articles) {
            ExtractedEvents events = steps.eventExtractor().extract(steps.article(ArticleFiles.read(file)));
            String name = stem(file.getFileName().toString());
            events.sanctions().forEach(e -> predictions.add(new Prediction(name, e)));
            events.markets().forEach(e -> predictions.add(new Prediction(name, e)));
        }
        List<JsonNode> gold = new ArrayList<>();
        for (String line : Files.readAllLines(goldFile)) {
            if (!line.isBlank()) {
                gold.add(Json.MAPPER.readTree(line));
            }
        }
        return score(gold, predictions);
    }

    Map<String, Counts> score(List<JsonNode> gold, List<Prediction> predictions) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        counts.put(Event.TYPE_SANCTION, new int[3]);
        counts.put(Event.TYPE_MARKET, new int[3]);
        Set<Prediction> used = new HashSet<>();
        List<JsonNode> ordered = new ArrayList<>(gold);
        ordered.sort((a, b) -> Boolean.compare(a.path("borderline").asBoolean(), b.path("borderline").asBoolean()));
        Set<String> goldArticles = new HashSet<>();
        for (JsonNode g : ordered) {
            String article = stem(g.path("article").asText());
            goldArticles.add(article);
            boolean borderline = g.path("borderline").asBoolean();
            Prediction hit = predictions.stream()
                    .filter(p -> !used.contains(p) && p.article().equals(article) && matches(g, p.event()))
                    .findFirst().orElse(null);
            int[] c = counts.computeIfAbsent(g.path("type").asText(), t -> new int[3]);
            if (hit != null) {
                used.add(hit);
                if (!borderline) {
                    c[0]++;
                }
            } else if (!borderline) {
                c[2]++;
            }
        }
        for (Prediction p : predictions) {
            if (!used.contains(p) && goldArticles.contains(p.article())) {
                counts.computeIfAbsent(p.event().type(), t -> new int[3])[1]++;
            }
        }
        Map<String, Counts> result = new LinkedHashMap<>();
        counts.forEach((type, c) -> result.put(type, new Counts(c[0], c[1], c[2])));
        return result;
    }

    static String stem(String fileOrUrl) {
        String base = fileOrUrl.substring(fileOrUrl.lastIndexOf('/') + 1);
        int dot = base.indexOf('.');
        return dot < 0 ? base : base.substring(0, dot);
    }

    private boolean matches(JsonNode gold, Event event) {
        if (!gold.path("type").asText().equals(event.type()) || !gold.path("subtype").asText().equals(event.subtype())) {
            return false;
        }
        List<String> goldTargets = new ArrayList<>();
        gold.path("targets").forEach(t -> goldTargets.add(canon(t.asText())));
        List<String> predicted = event.targets().stream().map(Target::name).map(this::canon).toList();
        if (!goldTargets.isEmpty()
                && goldTargets.stream().noneMatch(g -> predicted.stream().anyMatch(p -> sameOrganisation(g, p)))) {
            return false;
        }
        String goldDate = gold.path("date").isTextual() ? gold.path("date").asText() : null;
        if (goldDate != null && !goldDate.isEmpty() && (event.eventDate() == null
                || !(event.eventDate().startsWith(goldDate) || goldDate.startsWith(event.eventDate())))) {
            return false;
        }
        List<Double> goldValues = new ArrayList<>();
        gold.path("amounts").forEach(a -> goldValues.add(a.path("value").asDouble()));
        if (Event.TYPE_MARKET.equals(event.type()) && !goldValues.isEmpty()) {
            List<Double> numbers = new ArrayList<>();
            MarketEvent market = (MarketEvent) event;
            if (market.amounts() != null) {
                market.amounts().stream().map(Amount::value).forEach(numbers::add);
            }
            if (market.percent() != null) {
                numbers.add(market.percent());
            }
            return numbers.stream().anyMatch(p -> goldValues.stream().anyMatch(g -> close(p, g)));
        }
        return true;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(b), 1e-9) || Math.abs(a - b) < 0.05;
    }

    private String canon(String name) {
        String trimmed = name.strip();
        return names.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
    }

    private static boolean sameOrganisation(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        Set<String> small = ta.size() <= tb.size() ? ta : tb;
        return !small.isEmpty() && small.stream().mapToInt(String::length).max().orElse(0) >= 3
                && (tb.containsAll(ta) || ta.containsAll(tb));
    }

    private static Set<String> tokens(String name) {
        StringBuilder words = new StringBuilder();
        name.codePoints().forEach(c -> words.appendCodePoint(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' '));
        Set<String> tokens = new HashSet<>();
        for (String word : words.toString().split("\\s+")) {
            if (!word.isEmpty() && !STOP.contains(word)) {
                tokens.add(word);
            }
        }
        return tokens;
    }
}
