package io.eventwire.sink.template;

import io.eventwire.sink.index.EngineClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Installs the index templates into the engine at start ({@code PUT _index_template/<name>}, idempotent). */
public final class TemplateInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateInstaller.class);

    private TemplateInstaller() {
    }

    /** Waits for the engine as long as it is unavailable; throws when it refuses a template. */
    public static void install(EngineClient client, Map<String, String> templates) {
        for (Map.Entry<String, String> template : templates.entrySet()) {
            EngineClient.Response response = client.send("PUT", "/_index_template/" + template.getKey(),
                    "application/json", List.of(template.getValue().getBytes(StandardCharsets.UTF_8)));
            if (!response.ok()) {
                throw new IllegalStateException("the engine refused index template " + template.getKey() + " (HTTP "
                        + response.status() + "): " + response.text());
            }
            LOG.info("index template {} installed", template.getKey());
        }
    }
}
