package io.eventwire.processor.normalize.meta;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The article objects of a page's JSON-LD ({@code <script type="application/ld+json">}): NewsArticle,
 * Article, BlogPosting, ReportageNews and the like, found at the top level, in arrays and in {@code @graph}.
 */
final class JsonLd {

    /** schema.org types that describe an article-like creative work. */
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            "(?i).*(article|posting|report|newsarticle|reportagenews|analysisnews|opinionnews|webpage)$");

    /** Structured data is small; nesting this deep is an attack, not metadata. */
    private static final JsonMapper MAPPER = new JsonMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build());

    private JsonLd() {
    }

    /**
     * Article objects of a page's JSON-LD scripts, the most specific first: articles before a page that merely
     * contains them.
     */
    static List<JsonNode> articles(List<Element> scripts) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> webPages = new ArrayList<>();
        for (Element script : scripts) {
            JsonNode root = read(script.data());
            if (root == null) {
                continue;
            }
            Deque<JsonNode> pending = new ArrayDeque<>();
            pending.push(root);
            while (!pending.isEmpty()) {
                JsonNode node = pending.pop();
                if (node.isArray()) {
                    node.forEach(pending::addLast);
                } else if (node.isObject()) {
                    if (node.has("@graph")) {
                        pending.addLast(node.get("@graph"));
                    }
                    String type = type(node);
                    if (type != null && ARTICLE_TYPE.matcher(type).matches()) {
                        (type.toLowerCase(Locale.ROOT).endsWith("webpage") ? webPages : articles).add(node);
                    }
                }
            }
        }
        articles.addAll(webPages);
        return articles;
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json.strip());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The {@code @type}, or the first article-like one when it is a list. */
    private static String type(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return null;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (ARTICLE_TYPE.matcher(each.asText()).matches()) {
                    return each.asText();
                }
            }
            return type.size() > 0 ? type.get(0).asText() : null;
        }
        return type.asText();
    }

    /** A text field; for an object, its {@code name}; for a list, its entries' texts joined by commas. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? null : text(value);
    }

    private static String text(JsonNode value) {
        if (value.isTextual() || value.isNumber()) {
            String text = value.asText().strip();
            return text.isEmpty() ? null : text;
        }
        if (value.isObject()) {
            JsonNode name = value.has("name") ? value.get("name") : value.get("@id");
            return name == null ? null : text(name);
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode each : value) {
                String text = text(each);
                if (text != null && !parts.contains(text)) {
                    parts.add(text);
                }
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        return null;
    }
}
