package io.eventwire.ingest.connect;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigValue;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrawlSourceConnectorTest {

    @Test
    void sourcesAreSplitAcrossTasksKeepingEachHostOnOneTask() {
        CrawlSourceConnector connector = new CrawlSourceConnector();
        connector.start(Map.of(
                "feeds", "https://a.example/rss, https://b.example/rss",
                "seeds", "https://a.example/story, https://c.example/x",
                "paths", "/data/news"));

        List<Map<String, String>> tasks = connector.taskConfigs(3);

        assertEquals(3, tasks.size());
        Set<String> hostsSeen = new HashSet<>();
        int sources = 0;
        for (Map<String, String> task : tasks) {
            String assigned = task.get(CrawlConnectorConfig.TASK_SOURCES);
            Set<String> hostsOfTask = new HashSet<>();
            for (String line : assigned.split("\n")) {
                sources++;
                hostsOfTask.add(line.replaceAll("^\\w+:(https?://)?([^/]+).*$", "$2"));
            }
            for (String host : hostsOfTask) {
                assertTrue(hostsSeen.add(host), host + " is crawled by one task only");
            }
        }
        assertEquals(5, sources);
        assertEquals(1, connector.taskConfigs(1).size());
    }

    @Test
    void configIsValidatedWithReasons() {
        Config result = new CrawlSourceConnector().validate(Map.of(
                "rate.per.host", "0",
                "poll.interval", "soon",
                "sources", "ftp:somewhere"));
        Map<String, List<String>> errors = new java.util.HashMap<>();
        for (ConfigValue value : result.configValues()) {
            errors.put(value.name(), value.errorMessages());
        }
        assertFalse(errors.get("rate.per.host").isEmpty());
        assertFalse(errors.get("poll.interval").isEmpty());
        assertFalse(errors.get("sources").isEmpty());
        assertTrue(errors.get("feeds").isEmpty());
        assertTrue(CrawlConnectorConfig.CONFIG_DEF.configKeys().values().stream()
                .filter(key -> !key.internalConfig)
                .allMatch(key -> key.group != null && key.documentation != null && !key.documentation.isBlank()));
    }
}
