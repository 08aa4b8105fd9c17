package io.eventwire.ingest.connect;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.ingest.CrawlConfig;
import io.eventwire.ingest.CrawlRunner;
import io.eventwire.ingest.crawl.Crawler;
import io.eventwire.ingest.source.Source;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Crawls its share of the sources on a thread of its own, each again when its interval has passed, and
 * hands the records to Connect through {@link #poll()}.
 */
public final class CrawlSourceTask extends SourceTask {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlSourceTask.class);
    private static final int MAX_BATCH = 500;

    private Crawler crawler;
    private ConnectOutput output;
    private Thread crawling;
    private volatile boolean stopping;

    @Override
    public String version() {
        return CrawlSourceConnector.Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        Settings settings = CrawlConnectorConfig.settings(props);
        CrawlConfig config = CrawlConfig.from(settings);
        List<Source> sources = new ArrayList<>();
        String assigned = settings.getOrDefault(CrawlConnectorConfig.TASK_SOURCES, "");
        for (String entry : assigned.split("\n")) {
            if (!entry.isBlank()) {
                sources.add(Source.parse(null, entry, config.pollInterval()));
            }
        }
        output = new ConnectOutput(context.offsetStorageReader(),
                new Topics(settings.getOrDefault(CrawlRunner.TOPIC_PREFIX, "")));
        crawler = new Crawler(config, output, output);
        crawling = new Thread(() -> crawlLoop(sources), "crawl-task");
        crawling.setDaemon(true);
        crawling.start();
        LOG.info("Crawl task started with {} sources", sources.size());
    }

    private void crawlLoop(List<Source> sources) {
        Map<Source, Instant> due = new HashMap<>();
        sources.forEach(source -> due.put(source, Instant.EPOCH));
        try {
            while (!stopping) {
                Instant now = Instant.now();
                List<Source> ready = sources.stream().filter(source -> !due.get(source).isAfter(now)).toList();
                if (!ready.isEmpty()) {
                    crawler.crawl(ready);
                    ready.forEach(source -> due.put(source, now.plus(source.interval())));
                }
                Instant next = due.values().stream().min(Instant::compareTo).orElse(now.plusSeconds(60));
                long wait = Math.max(1, next.toEpochMilli() - System.currentTimeMillis());
                Thread.sleep(Math.min(wait, 1_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.error("Crawl task failed", e);
            }
        }
    }

    @Override
    public List<SourceRecord> poll() throws InterruptedException {
        return output.take(1_000, MAX_BATCH);
    }

    @Override
    public void stop() {
        stopping = true;
        if (output != null) {
            output.close();
        }
        if (crawler != null) {
            crawler.close();
        }
        if (crawling != null) {
            crawling.interrupt();
        }
    }
}
