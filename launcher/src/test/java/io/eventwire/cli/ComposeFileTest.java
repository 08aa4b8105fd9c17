package io.eventwire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.topic.TopicSpec;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.ingest.source.Source;
import io.eventwire.testkit.ContainerBackend;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.eventwire.cli.DeployFiles.command;
import static io.eventwire.cli.DeployFiles.environment;
import static io.eventwire.cli.DeployFiles.environmentNames;
import static io.eventwire.cli.DeployFiles.eventwireServices;
import static io.eventwire.cli.DeployFiles.mounts;
import static io.eventwire.cli.DeployFiles.option;
import static io.eventwire.cli.DeployFiles.parse;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * docker-compose.yml and the Dockerfile, checked without a Docker engine (none runs on the development machines):
 * the file's structure, every Eventwire command against the launcher's real command line, the dependencies
 * between services, and every repository path the files name. Whether the stack really starts is not checked here.
 */
class ComposeFileTest {

    private static final Set<String> CONDITIONS =
            Set.of("service_started", "service_healthy", "service_completed_successfully");
    /** The long-running Eventwire services and the one-shot that creates the topics. */
    private static final Set<String> EVENTWIRE_COMMANDS = Set.of("topics", "crawl", "process", "sink");

    private final Path root = DeployFiles.root();
    private final JsonNode compose = DeployFiles.compose();
    private final JsonNode services = compose.path("services");

    @Test
    void everyServiceHasAnImageOrABuild() {
        assertTrue(services.isObject() && services.size() > 0, "services");
        services.properties().forEach(e -> assertTrue(
                e.getValue().hasNonNull("image") || e.getValue().hasNonNull("build"),
                e.getKey() + " has neither image nor build"));
    }

    @Test
    void theStackHasKafkaElasticsearchKibanaAndTheEventwireServices() {
        assertTrue(image("kafka").startsWith("apache/kafka:4."), image("kafka"));
        // The broker the integration tests run on where Docker answers (testkit), so both see the same Kafka.
        assertEquals(ContainerBackend.IMAGE, image("kafka"));
        String es = image("elasticsearch");
        assertTrue(es.startsWith("docker.elastic.co/elasticsearch/elasticsearch:8."), es);
        String version = es.substring(es.lastIndexOf(':') + 1);
        assertEquals("docker.elastic.co/kibana/kibana:" + version, image("kibana"), "Kibana matches Elasticsearch");
        Map<String, String> subcommands = new LinkedHashMap<>();
        eventwireServices(compose).forEach((name, service) -> subcommands.put(name, command(service).get(0)));
        assertEquals(EVENTWIRE_COMMANDS, Set.copyOf(subcommands.values()), "Eventwire services: " + subcommands);
        assertTrue(services.has("kibana-setup"), "a one-shot service loads the dashboard");
    }

    @Test
    void theEventwireServicesShareOneImageBuiltFromTheRepositoryDockerfile() {
        eventwireServices(compose).forEach((name, service) -> {
            assertEquals(DeployFiles.EVENTWIRE_IMAGE, service.path("image").asText(), name);
            JsonNode build = service.path("build");
            String context = build.isTextual() ? build.asText() : build.path("context").asText(".");
            String dockerfile = build.isTextual() ? "Dockerfile" : build.path("dockerfile").asText("Dockerfile");
            Path dir = root.resolve(context).normalize();
            assertEquals(root, dir, name + ": the build context is the repository root (the Maven reactor)");
            assertTrue(Files.isRegularFile(dir.resolve(dockerfile)), name + ": " + dockerfile);
            // The image bounds the heap by a share of the container's memory (MaxRAMPercentage): give it a limit.
            assertTrue(service.hasNonNull("mem_limit"), name + " has a mem_limit");
        });
        assertTrue(DeployFiles.read(root.resolve("Dockerfile")).contains("-XX:MaxRAMPercentage="));
    }

    @Test
    void everyEventwireCommandParsesWithTheLaunchersCommandLine() {
        eventwireServices(compose).forEach((name, service) -> {
            List<String> args = command(service);
            ParseResult parsed;
            try {
                parsed = parse(args);
            } catch (CommandLine.ParameterException e) {
                throw new AssertionError(name + ": `eventwire " + String.join(" ", args) + "`: " + e.getMessage(), e);
            }
            assertNotNull(parsed.subcommand(), name + " names a subcommand");
            assertTrue(EVENTWIRE_COMMANDS.contains(parsed.subcommand().commandSpec().name()), name);
            assertFalse(parsed.subcommand().isUsageHelpRequested() || parsed.subcommand().isVersionHelpRequested(),
                    name + " runs, not prints help");
            assertTrue(parsed.unmatched().isEmpty() && parsed.subcommand().unmatched().isEmpty(), name);
        });
    }

    @Test
    void aWrongFlagWouldFailTheCheckAbove() {
        assertThrows(CommandLine.UnmatchedArgumentException.class,
                () -> parse(List.of("sink", "--bootstrap-servers", "kafka:9092", "--elastic-url", "http://x:9200")));
        assertThrows(CommandLine.MissingParameterException.class, () -> parse(List.of("topics")));
    }

    @Test
    void everyEventwireServiceReachesKafkaOnItsAdvertisedInternalListener() {
        String internal = internalKafkaAddress();
        eventwireServices(compose).forEach((name, service) -> {
            String flag = option(parse(command(service)), "--bootstrap-servers");
            String value = flag != null ? flag : environment(service).get("EVENTWIRE_BOOTSTRAP_SERVERS");
            assertEquals(internal, value, name + ": bootstrap servers");
            assertDependsOn(name, service, "kafka", "service_healthy");
        });
    }

    @Test
    void theTopicsServiceCreatesTheTopicsOfTheContractsAndTheOthersWaitForIt() {
        Map.Entry<String, JsonNode> topics = serviceRunning("topics");
        ParseResult parsed = parse(command(topics.getValue()));
        String prefix = Optional.ofNullable(option(parsed, "--topic-prefix")).orElse("");
        int partitions = Optional.ofNullable(option(parsed, "--partitions")).map(Integer::parseInt)
                .orElse(TopicSpec.DEFAULT_PARTITIONS);
        // What TopicsCommand creates from these flags, against the contract's topics.
        List<TopicSpec> created = new Topics(prefix).all().stream().map(spec -> spec.withPartitions(partitions))
                .toList();
        assertEquals(Topics.DEFAULT.all(), created);
        assertEquals("no", topics.getValue().path("restart").asText("no"), "a one-shot is not restarted");
        assertEquals("false", environment(services.path("kafka")).get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"),
                "no client creates a topic with the broker's defaults behind the topics service's back");

        eventwireServices(compose).forEach((name, service) -> {
            if (name.equals(topics.getKey())) {
                return;
            }
            assertDependsOn(name, service, topics.getKey(), "service_completed_successfully");
            String flag = option(parse(command(service)), "--topic-prefix");
            String value = flag != null ? flag : environment(service).getOrDefault("EVENTWIRE_TOPIC_PREFIX", "");
            assertEquals(prefix, value, name + " uses the topics the topics service creates");
        });
    }

    @Test
    void theSinkIndexesIntoTheElasticsearchServiceOfTheFile() {
        Map.Entry<String, JsonNode> sink = serviceRunning("sink");
        URI url = URI.create(option(parse(command(sink.getValue())), "--es-url"));
        assertTrue(services.has(url.getHost()), "--es-url names a service of the file: " + url);
        assertTrue(image(url.getHost()).startsWith("docker.elastic.co/elasticsearch/"), url.toString());
        assertEquals(9200, url.getPort());
        assertDependsOn(sink.getKey(), sink.getValue(), url.getHost(), "service_healthy");
    }

    @Test
    void theProcessorKeepsItsStateInANamedVolume() {
        Map.Entry<String, JsonNode> processor = serviceRunning("process");
        String stateDir = option(parse(command(processor.getValue())), "--state-dir");
        assertNotNull(stateDir, "--state-dir");
        String volume = mounts(processor.getValue()).get(stateDir);
        assertNotNull(volume, "a volume is mounted at " + stateDir);
        assertTrue(compose.path("volumes").has(volume), volume + " is a named volume of the file");
        assertTrue(DeployFiles.read(root.resolve("Dockerfile")).contains(stateDir),
                "the image creates " + stateDir + " for its unprivileged user");
    }

    @Test
    void theCrawlersMountedConfigGivesItSourcesItsOwnParserAccepts() {
        Map.Entry<String, JsonNode> crawler = serviceRunning("crawl");
        String config = option(parse(command(crawler.getValue())), "--config");
        assertNotNull(config, "--config");
        String hostPath = mounts(crawler.getValue()).get(config);
        assertNotNull(hostPath, "the --config file is mounted at " + config);
        Path file = root.resolve(hostPath).normalize();
        assertTrue(Files.isRegularFile(file), file.toString());
        // The crawler's own reading of it: layered settings, then its source list (feeds, sitemaps, seeds, paths).
        Settings settings = Settings.load(Map.of(), Optional.of(file), Map.of(), Map.of());
        List<Source> sources = Source.fromSettings(settings);
        assertFalse(sources.isEmpty(), "the file gives the crawler something to crawl");
        sources.forEach(source -> assertTrue(source.location().startsWith("https://"), source.location()));
        // The variables that replace the file's lists are passed through from the shell, never set empty here
        // (an empty value would replace the file's list with nothing).
        for (String name : List.of("EVENTWIRE_FEEDS", "EVENTWIRE_SITEMAPS", "EVENTWIRE_SEEDS")) {
            assertTrue(environmentNames(crawler.getValue()).contains(name), name);
            assertFalse(environment(crawler.getValue()).containsKey(name), name + " is passed through, not set");
        }
    }

    @Test
    void eventwireServicesAreConfiguredOnlyThroughEventwireVariables() {
        eventwireServices(compose).forEach((name, service) -> environmentNames(service).forEach(variable ->
                assertTrue(variable.startsWith("EVENTWIRE_") && variable.equals(variable.toUpperCase()),
                        name + ": " + variable + " is not read by Eventwire (settings are EVENTWIRE_<KEY>)")));
    }

    @Test
    void everyDependencyNamesAServiceWithAValidConditionThatCanBeMet() {
        services.properties().forEach(e -> {
            JsonNode dependsOn = e.getValue().path("depends_on");
            List<String> names = new ArrayList<>();
            if (dependsOn.isArray()) {
                dependsOn.forEach(n -> names.add(n.asText()));
            } else {
                dependsOn.properties().forEach(d -> names.add(d.getKey()));
            }
            for (String dependency : names) {
                assertTrue(services.has(dependency), e.getKey() + " depends on unknown service " + dependency);
                String condition = dependsOn.path(dependency).path("condition").asText("service_started");
                assertTrue(CONDITIONS.contains(condition), e.getKey() + ": " + condition);
                JsonNode target = services.path(dependency);
                if (condition.equals("service_healthy")) {
                    assertTrue(target.path("healthcheck").has("test"), dependency + " needs a healthcheck");
                }
                if (condition.equals("service_completed_successfully")) {
                    assertEquals("no", target.path("restart").asText("no"), dependency + " is a one-shot");
                }
            }
        });
    }

    @Test
    void everyRepositoryPathTheComposeFileMountsExistsAndEveryNamedVolumeIsDeclared() {
        services.properties().forEach(e -> mounts(e.getValue()).forEach((target, source) -> {
            if (source.startsWith(".") || source.startsWith("/")) {
                assertTrue(source.startsWith("./"), e.getKey() + ": mount repository files relatively: " + source);
                assertTrue(Files.exists(root.resolve(source).normalize()), e.getKey() + ": " + source + " is missing");
            } else {
                assertTrue(compose.path("volumes").has(source), e.getKey() + ": undeclared volume " + source);
            }
        }));
    }

    @Test
    void kibanaSetupImportsTheMountedDashboardWithItsMountedScript() {
        JsonNode setup = services.path("kibana-setup");
        assertEquals("no", setup.path("restart").asText("no"));
        assertDependsOn("kibana-setup", setup, "kibana", "service_healthy");
        Map<String, String> mounts = mounts(setup);
        List<String> entrypoint = DeployFiles.words(setup.path("entrypoint"));
        String script = entrypoint.get(entrypoint.size() - 1);
        assertNotNull(mounts.get(script), "the entrypoint's script is mounted: " + script);
        String scriptText = DeployFiles.read(root.resolve(mounts.get(script)));
        assertTrue(scriptText.contains("/api/saved_objects/_import"), "the script uses the import API");
        String dashboard = environment(setup).get("DASHBOARD_FILE");
        assertEquals("./deploy/kibana/eventwire-dashboard.ndjson", mounts.get(dashboard));
        URI kibana = URI.create(environment(setup).get("KIBANA_URL"));
        assertTrue(services.has(kibana.getHost()), kibana.toString());
        assertEquals(image("kibana"), image("kibana-setup"), "the setup runs with the Kibana image's curl");
    }

    @Test
    void theDockerfileBuildsTheLauncherAndRunsItsMainClass() throws Exception {
        String dockerfile = DeployFiles.read(root.resolve("Dockerfile"));
        List<String> from = lines(dockerfile, "FROM ");
        assertTrue(from.get(0).startsWith("FROM maven:3.9-eclipse-temurin-17 "), from.get(0));
        assertTrue(from.get(from.size() - 1).startsWith("FROM eclipse-temurin:17-jre"), from.get(from.size() - 1));
        assertTrue(dockerfile.contains("mvn -B") && dockerfile.contains("package"), "a Maven package build");
        // Where the launcher module puts its jar and runtime class path (maven-dependency-plugin, launcher/pom.xml).
        String launcherPom = DeployFiles.read(root.resolve("launcher/pom.xml"));
        assertTrue(launcherPom.contains("<outputDirectory>${project.build.directory}/lib</outputDirectory>"));
        assertTrue(dockerfile.contains("launcher/target/lib") && dockerfile.contains("launcher/target/launcher-"));

        String entrypoint = lines(dockerfile, "ENTRYPOINT ").get(0).substring("ENTRYPOINT ".length());
        List<String> words = new ArrayList<>();
        DeployFiles.JSON.readTree(entrypoint).forEach(word -> words.add(word.asText()));
        assertEquals("java", words.get(0), "exec form, so signals reach the JVM");
        assertEquals("-cp", words.get(1));
        assertTrue(words.get(2).contains("launcher.jar") && words.get(2).contains("lib/*"), words.get(2));
        assertEquals(Eventwire.class.getName(), words.get(3));
        assertNotNull(Class.forName(words.get(3)).getMethod("main", String[].class));
    }

    @Test
    void theDockerIgnoreKeepsTheSourcesTheBuildNeeds() {
        List<String> patterns = DeployFiles.read(root.resolve(".dockerignore")).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertTrue(patterns.contains(".git") && patterns.contains("**/target"), patterns.toString());
        List<String> needed = new ArrayList<>(List.of("pom.xml"));
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(DeployFiles.read(root.resolve("pom.xml")));
        while (modules.find()) {
            needed.add(modules.group(1));
            needed.add(modules.group(1) + "/pom.xml");
            needed.add(modules.group(1) + "/src");
        }
        assertAll(needed.stream().map(path -> () -> assertTrue(Files.exists(root.resolve(path)), path)));
        for (String pattern : patterns) {
            String glob = pattern.startsWith("**/") ? pattern.substring(3) : pattern;
            List<String> excluded = needed.stream()
                    .filter(path -> path.equals(glob) || path.endsWith("/" + glob) && pattern.startsWith("**/"))
                    .collect(Collectors.toList());
            assertTrue(excluded.isEmpty(), ".dockerignore " + pattern + " excludes " + excluded);
        }
    }

    // ---- helpers ----

    private String image(String service) {
        JsonNode node = services.path(service).path("image");
        if (!node.isTextual()) {
            fail("service " + service + " has no image");
        }
        return node.asText();
    }

    private Map.Entry<String, JsonNode> serviceRunning(String subcommand) {
        return eventwireServices(compose).entrySet().stream()
                .filter(e -> subcommand.equals(command(e.getValue()).get(0)))
                .findFirst().orElseThrow(() -> new AssertionError("no service runs `eventwire " + subcommand + "`"));
    }

    /** host:port of the broker listener named by KAFKA_INTER_BROKER_LISTENER_NAME, as advertised. */
    private String internalKafkaAddress() {
        Map<String, String> env = environment(services.path("kafka"));
        String listener = env.get("KAFKA_INTER_BROKER_LISTENER_NAME");
        for (String advertised : env.get("KAFKA_ADVERTISED_LISTENERS").split(",")) {
            if (advertised.startsWith(listener + "://")) {
                String address = advertised.substring(listener.length() + 3);
                assertTrue(services.has(address.split(":")[0]), "advertised on the service name: " + address);
                return address;
            }
        }
        throw new AssertionError("no advertised listener " + listener);
    }

    private static void assertDependsOn(String name, JsonNode service, String dependency, String condition) {
        assertEquals(condition, service.path("depends_on").path(dependency).path("condition").asText(),
                name + " depends on " + dependency + " with " + condition);
    }

    private static List<String> lines(String text, String prefix) {
        return text.lines().filter(line -> line.startsWith(prefix)).toList();
    }
}
