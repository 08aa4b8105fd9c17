package io.eventwire.ingest.connect;

import io.eventwire.ingest.source.Source;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.source.SourceConnector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The crawler as a Kafka Connect source connector. Sources are split across tasks by host (local paths by
 * path), so that one host's feeds, sitemaps and seeds are crawled by one task and its rate limit holds
 * across the connector. Pages a feed links on other hosts are rate-limited per task.
 */
public final class CrawlSourceConnector extends SourceConnector {

    private Map<String, String> props;
    private List<Source> sources;

    @Override
    public void start(Map<String, String> props) {
        this.props = Map.copyOf(props);
        this.sources = CrawlConnectorConfig.sources(CrawlConnectorConfig.settings(props));
    }

    @Override
    public Class<? extends Task> taskClass() {
        return CrawlSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        Map<String, List<Source>> byAffinity = new LinkedHashMap<>();
        sources.forEach(source -> byAffinity.computeIfAbsent(source.affinity(), key -> new ArrayList<>()).add(source));
        int tasks = Math.max(1, Math.min(maxTasks, byAffinity.size()));
        List<List<String>> assigned = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            assigned.add(new ArrayList<>());
        }
        int next = 0;
        for (List<Source> group : byAffinity.values()) {
            List<String> target = assigned.get(next++ % tasks);
            group.forEach(source -> target.add(source.format()));
        }
        List<Map<String, String>> configs = new ArrayList<>();
        for (List<String> taskSources : assigned) {
            Map<String, String> config = new HashMap<>(props);
            config.put(CrawlConnectorConfig.TASK_SOURCES, String.join("\n", taskSources));
            configs.add(config);
        }
        return configs;
    }

    @Override
    public void stop() {
        // Nothing runs in the connector itself; the tasks crawl.
    }

    @Override
    public ConfigDef config() {
        return CrawlConnectorConfig.CONFIG_DEF;
    }

    @Override
    public String version() {
        return Version.get();
    }

    /** The version of the jar, from its manifest. */
    static final class Version {
        private Version() {
        }

        static String get() {
            String version = CrawlSourceConnector.class.getPackage().getImplementationVersion();
            return version == null ? "unpackaged" : version;
        }
    }
}
