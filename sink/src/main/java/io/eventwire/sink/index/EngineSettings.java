package io.eventwire.sink.index;

import io.eventwire.contracts.config.Settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to reach and feed the search engine. Credentials come from {@code es.username}/{@code es.password} or
 * {@code es.api.key} (an Elasticsearch "encoded" API key, sent as {@code Authorization: ApiKey …}), usually
 * through {@code EVENTWIRE_ES_PASSWORD} / {@code EVENTWIRE_ES_API_KEY}; {@link #toString()} never shows them.
 *
 * @param caFile   PEM certificate(s) to trust for https (Elasticsearch's {@code http_ca.crt}); empty for the JDK's
 * @param insecure trust any certificate and host name; for development engines only
 */
public record EngineSettings(URI url, Optional<String> username, Optional<String> password, Optional<String> apiKey,
                             Optional<Path> caFile, boolean insecure, Duration connectTimeout,
                             Duration requestTimeout, int batchDocuments, long batchBytes, Duration linger,
                             Duration backoffInitial, Duration backoffMax) {

    public EngineSettings {
        if (url.getUserInfo() != null) {
            throw new IllegalArgumentException("es.url must not carry credentials: use es.username/es.password "
                    + "or es.api.key (or EVENTWIRE_ES_PASSWORD / EVENTWIRE_ES_API_KEY)");
        }
        if (username.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("es.username and es.password go together");
        }
        if (username.isPresent() && apiKey.isPresent()) {
            throw new IllegalArgumentException("give either es.username/es.password or es.api.key, not both");
        }
        if (batchDocuments < 1 || batchBytes < 1) {
            throw new IllegalArgumentException("es.batch.documents and es.batch.bytes must be positive");
        }
    }

    public static EngineSettings from(Settings settings) {
        String url = settings.require("es.url");
        return new EngineSettings(
                URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url),
                settings.get("es.username"),
                settings.get("es.password"),
                settings.get("es.api.key"),
                settings.get("es.tls.ca.file").map(Path::of),
                settings.getBoolean("es.tls.insecure", false),
                Duration.ofMillis(settings.getLong("es.connect.timeout.ms", 5_000)),
                Duration.ofMillis(settings.getLong("es.request.timeout.ms", 60_000)),
                settings.getInt("es.batch.documents", 1_000),
                settings.getLong("es.batch.bytes", 5L * 1024 * 1024),
                Duration.ofMillis(settings.getLong("es.batch.linger.ms", 1_000)),
                Duration.ofMillis(settings.getLong("es.retry.initial.ms", 200)),
                Duration.ofMillis(settings.getLong("es.retry.max.ms", 30_000)));
    }

    @Override
    public String toString() {
        String auth = apiKey.isPresent() ? "api key" : username.map(user -> "basic as " + user).orElse("none");
        return "engine " + url + " (auth: " + auth + ", tls: "
                + (insecure ? "insecure" : caFile.map(Path::toString).orElse("default trust")) + ")";
    }
}
