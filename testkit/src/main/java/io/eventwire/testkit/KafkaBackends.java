package io.eventwire.testkit;

import org.junit.jupiter.api.Assumptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Which Kafka backends an integration test runs on, chosen by the system property {@code eventwire.kafka}:
 * {@code embedded}, {@code testcontainers}, or {@code auto} (the default: embedded always, Testcontainers too
 * where a Docker engine answers). A backend is started on first use and shared by every test of the JVM
 * (tests keep apart by topic names), then stopped when the JVM exits.
 */
public final class KafkaBackends {

    public static final String PROPERTY = "eventwire.kafka";

    private static final Map<String, KafkaBackend> SHARED = new ConcurrentHashMap<>();

    private KafkaBackends() {
    }

    /** The names of the backends this run selects, in order. */
    public static List<String> selected() {
        String choice = System.getProperty(PROPERTY, "auto").toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        if (!choice.equals("testcontainers")) {
            names.add("embedded");
        }
        if (!choice.equals("embedded")) {
            names.add("testcontainers");
        }
        return names;
    }

    /** The selected backend names, as a JUnit {@code @MethodSource}. */
    public static Stream<String> names() {
        return selected().stream();
    }

    /** The JVM's shared instance of the named backend, started on first use; skips where it cannot run. */
    public static KafkaBackend shared(String name) {
        assumeRunnable(name);
        return SHARED.computeIfAbsent(name, key -> {
            KafkaBackend backend = start(key);
            Runtime.getRuntime().addShutdownHook(new Thread(backend::close, "stop-" + key + "-kafka"));
            return backend;
        });
    }

    private static void assumeRunnable(String name) {
        if (name.equals("testcontainers")) {
            Assumptions.assumeTrue(ContainerBackend.dockerAvailable(),
                    "no Docker engine here: the Testcontainers Kafka path is skipped (the embedded broker runs)");
        }
    }

    /**
     * Starts the named backend; for {@code testcontainers} without a Docker engine the calling test is
     * skipped (an assumption failure), saying why.
     */
    public static KafkaBackend start(String name) {
        assumeRunnable(name);
        return name.equals("testcontainers") ? new ContainerBackend() : new EmbeddedBackend();
    }
}
