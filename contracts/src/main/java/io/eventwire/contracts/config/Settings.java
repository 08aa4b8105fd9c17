package io.eventwire.contracts.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A component's configuration, layered as Kafka tools do: built-in defaults, then a properties file, then
 * environment variables ({@code EVENTWIRE_BOOTSTRAP_SERVERS} sets {@code bootstrap.servers}), then
 * command-line flags. Later layers win.
 */
public final class Settings {

    public static final String ENV_PREFIX = "EVENTWIRE_";

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(values);
    }

    /** Defaults, overridden by the file (if given), by the environment, then by {@code flags}. */
    public static Settings load(Map<String, String> defaults, Optional<Path> file, Map<String, String> environment,
                                Map<String, String> flags) {
        Map<String, String> merged = new TreeMap<>(defaults);
        file.ifPresent(path -> merged.putAll(readProperties(path)));
        merged.putAll(fromEnvironment(environment));
        flags.forEach((key, value) -> {
            if (value != null) {
                merged.put(key, value);
            }
        });
        return new Settings(merged);
    }

    /** {@code EVENTWIRE_ES_URL=…} becomes {@code es.url=…}; other variables are ignored. */
    static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> out = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                out.put(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return out;
    }

    private static Map<String, String> readProperties(Path path) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + path, e);
        }
        Map<String, String> out = new TreeMap<>();
        props.stringPropertyNames().forEach(name -> out.put(name, props.getProperty(name)));
        return out;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(value -> !value.isBlank());
    }

    public String require(String key) {
        return get(key).orElseThrow(() -> new IllegalArgumentException("missing setting " + key));
    }

    public String getOrDefault(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    public int getInt(String key, int fallback) {
        return get(key).map(value -> parse(key, value, Integer::parseInt)).orElse(fallback);
    }

    public long getLong(String key, long fallback) {
        return get(key).map(value -> parse(key, value, Long::parseLong)).orElse(fallback);
    }

    public boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    /** Every setting whose key starts with {@code prefix}, with the prefix removed (client pass-through). */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                out.put(key.substring(prefix.length()), value);
            }
        });
        return out;
    }

    public Map<String, String> asMap() {
        return values;
    }

    private static <T> T parse(String key, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " is not a number: " + value, e);
        }
    }
}
