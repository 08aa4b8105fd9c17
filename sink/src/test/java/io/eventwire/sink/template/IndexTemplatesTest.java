package io.eventwire.sink.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.sink.document.IndexLayout;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexTemplatesTest {

    private final Map<String, String> templates = IndexTemplates.all(new IndexLayout(Topics.DEFAULT, "eventwire-", true));

    private JsonNode template(String name) throws Exception {
        return Json.MAPPER.readTree(templates.get(name));
    }

    private JsonNode properties(String name) throws Exception {
        return template(name).path("template").path("mappings").path("properties");
    }

    @Test
    void everyIndexHasATemplateMatchingItsName() throws Exception {
        assertEquals(List.of("eventwire-articles", "eventwire-sanctions", "eventwire-market", "eventwire-consolidated",
                "eventwire-errors"), List.copyOf(templates.keySet()));
        for (String name : templates.keySet()) {
            JsonNode template = template(name);
            assertEquals(name + "*", template.path("index_patterns").get(0).asText());
            assertEquals("date", properties(name).path("@timestamp").path("type").asText(), name);
        }
    }

    @Test
    void articleTextIsSearchableInChineseEnglishAndGerman() throws Exception {
        for (String field : List.of("title", "text")) {
            JsonNode fields = properties("eventwire-articles").path(field).path("fields");
            assertEquals("cjk", fields.path("cjk").path("analyzer").asText(), field);
            assertEquals("english", fields.path("en").path("analyzer").asText(), field);
            assertEquals("german", fields.path("de").path("analyzer").asText(), field);
        }
        assertEquals("date", properties("eventwire-articles").path("publishedAt").path("type").asText());
    }

    @Test
    void idsSubtypesTargetsAndAuthoritiesAreKeywordsAndAmountsAreNumbers() throws Exception {
        JsonNode sanctions = properties("eventwire-sanctions");
        for (String field : List.of("id", "canonicalKey", "subtype", "articleId")) {
            assertEquals("keyword", sanctions.path(field).path("type").asText(), field);
        }
        assertEquals("keyword", sanctions.path("targets").path("properties").path("id").path("type").asText());
        assertEquals("keyword", sanctions.path("targets").path("properties").path("name").path("type").asText());
        assertEquals("keyword", sanctions.path("authority").path("properties").path("id").path("type").asText());
        JsonNode amounts = properties("eventwire-market").path("amounts");
        assertEquals("nested", amounts.path("type").asText());
        assertTrue(amounts.path("include_in_parent").asBoolean(), "flat copies for dashboards");
        assertEquals("double", amounts.path("properties").path("value").path("type").asText());
        assertEquals("strict_date||strict_year_month||strict_year",
                properties("eventwire-market").path("eventDate").path("format").asText());
    }
}
