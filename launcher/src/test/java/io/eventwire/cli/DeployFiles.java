package io.eventwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.eventwire.contracts.config.Settings;
import io.eventwire.sink.SinkRunner;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The deployment files of the repository (docker-compose.yml, Dockerfile, deploy/), read for the Compose tests. */
final class DeployFiles {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    /** The image the Dockerfile builds; the Eventwire services of the compose file run it. */
    static final String EVENTWIRE_IMAGE = "eventwire:local";

    private DeployFiles() {
    }

    /** The repository root: the nearest folder above the working directory that holds docker-compose.yml. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
    }

    static JsonNode compose() {
        try {
            return YAML.readTree(root().resolve("docker-compose.yml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The services built from this repository: those that run the Eventwire image. */
    static Map<String, JsonNode> eventwireServices(JsonNode compose) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        compose.path("services").properties().forEach(entry -> {
            if (EVENTWIRE_IMAGE.equals(entry.getValue().path("image").asText())
                    || entry.getValue().has("build")) {
                out.put(entry.getKey(), entry.getValue());
            }
        });
        return out;
    }

    /** A service's command as the argument list the image's entrypoint receives (list or whitespace-split string). */
    static List<String> command(JsonNode service) {
        return words(service.path("command"));
    }

    static List<String> words(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(word -> out.add(word.asText()));
        } else if (node.isTextual()) {
            out.addAll(List.of(node.asText().trim().split("\\s+")));
        }
        return out;
    }

    /**
     * A service's environment as the container gets it. A name without a value passes the variable through from
     * the shell running compose, or leaves it unset: such entries are left out (this is about what the file sets).
     */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode env = service.path("environment");
        if (env.isObject()) {
            env.properties().forEach(e -> {
                if (!e.getValue().isNull()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            });
        } else if (env.isArray()) {
            env.forEach(entry -> {
                String text = entry.asText();
                int eq = text.indexOf('=');
                if (eq > 0) {
                    out.put(text.substring(0, eq), text.substring(eq + 1));
                }
            });
        }
        return out;
    }

    /** Every variable name a service's environment mentions, with or without a value. */
    static List<String> environmentNames(JsonNode service) {
        List<String> out = new ArrayList<>();
        JsonNode env = service.path("environment");
        if (env.isObject()) {
            env.properties().forEach(e -> out.add(e.getKey()));
        } else if (env.isArray()) {
            env.forEach(entry -> out.add(entry.asText().split("=", 2)[0]));
        }
        return out;
    }

    /** Parses an Eventwire command with the launcher's real command line, running nothing. */
    static ParseResult parse(List<String> args) {
        return new CommandLine(new Eventwire()).setCaseInsensitiveEnumValuesAllowed(true)
                .parseArgs(args.toArray(String[]::new));
    }

    /** The value of an option of the subcommand, or null when the command does not give it. */
    static String option(ParseResult parsed, String name) {
        ParseResult sub = parsed.subcommand();
        return sub != null && sub.hasMatchedOption(name) ? String.valueOf(sub.matchedOptionValue(name, (Object) null))
                : null;
    }

    /** Short-volume entries ({@code source:target[:mode]}) as target to source. */
    static Map<String, String> mounts(JsonNode service) {
        Map<String, String> out = new LinkedHashMap<>();
        service.path("volumes").forEach(volume -> {
            if (volume.isTextual()) {
                String[] parts = volume.asText().split(":");
                out.put(parts[1], parts[0]);
            } else {
                out.put(volume.path("target").asText(), volume.path("source").asText());
            }
        });
        return out;
    }

    /**
     * The settings the sink service runs with, layered as the sink command layers them: the sink's defaults,
     * the service's EVENTWIRE_* variables, then its flags.
     */
    static Settings sinkSettings(JsonNode compose) {
        JsonNode sink = eventwireServices(compose).values().stream()
                .filter(service -> "sink".equals(command(service).get(0)))
                .findFirst().orElseThrow(() -> new AssertionError("no service runs `eventwire sink`"));
        ParseResult parsed = parse(command(sink));
        Map<String, String> flags = new HashMap<>();
        flags.put("bootstrap.servers", option(parsed, "--bootstrap-servers"));
        flags.put("topic.prefix", option(parsed, "--topic-prefix"));
        flags.put("es.url", option(parsed, "--es-url"));
        flags.put("include.dlq", parsed.subcommand().hasMatchedOption("--include-dlq") ? "true" : null);
        return Settings.load(SinkRunner.DEFAULTS, Optional.empty(), environment(sink), flags);
    }
}
