package io.eventwire.cli.demo;

import io.eventwire.broker.EmbeddedKafka;
import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.files.Directories;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.ingest.CrawlConfig;
import io.eventwire.ingest.CrawlRunner;
import io.eventwire.ingest.CrawlSummary;
import io.eventwire.ingest.source.Source;
import io.eventwire.processor.topology.PipelineSteps;
import io.eventwire.processor.topology.PipelineTopology;
import io.eventwire.processor.topology.ProcessorRunner;
import io.eventwire.processor.topology.ProcessorSettings;
import io.eventwire.sink.SinkRunner;
import io.eventwire.sink.SinkSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The whole pipeline in one process: a Kafka broker (embedded unless one is given), the sample news site
 * (unless local files are given), the crawler, the stream processor and the sink, then a summary.
 */
public final class Demo {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);
    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(10);

    private final DemoOptions options;
    private final PrintStream console;

    public Demo(DemoOptions options, PrintStream console) {
        this.options = options;
        this.console = console;
    }

    public DemoSummary run() throws Exception {
        Path out = OutputFolder.prepare(options.out());
        Path stateDir = Files.createTempDirectory("eventwire-demo-state-");
        try (EmbeddedKafka embedded = options.bootstrapServers().isPresent() ? null : startBroker();
             SampleNewsServer site = options.input().isPresent() ? null : new SampleNewsServer(options.samplePort())) {
            String bootstrap = options.bootstrapServers().orElseGet(() -> embedded.bootstrapServers());
            Topics topics = Topics.DEFAULT;
            TopicCreator.createMissing(bootstrap, topics.all());
            Map<String, String> crawlSettings = crawlSettings(bootstrap, site);
            ProcessorSettings processor = new ProcessorSettings(Settings.of(Map.of(
                    "bootstrap.servers", bootstrap, "state.dir", stateDir.toString())));
            try (ProcessorRunner processing = new ProcessorRunner(processor,
                    PipelineTopology.build(topics, PipelineSteps.from(processor)));
                 CrawlRunner crawler = new CrawlRunner(Settings.of(crawlSettings))) {
                processing.start();
                step("crawling " + describeSources(crawlSettings));
                CrawlSummary crawl = crawler.runOnce();
                step("crawled: " + crawl);
                step("processing (normalize, deduplicate, tag language, extract events) ...");
                processing.awaitIdle(Duration.ofSeconds(3), PROCESSING_TIMEOUT);
                step("writing " + options.esUrl().map(url -> "to " + url).orElse("files to " + out) + " ...");
                SinkSummary sink = sink(bootstrap, out);
                DemoSummary summary = DemoSummary.read(new TopicTally(bootstrap), topics, crawl, sink, out);
                summary.print(console);
                if (options.keepRunning()) {
                    keepRunning(crawler, bootstrap, out);
                }
                return summary;
            }
        } finally {
            if (!Directories.deleteQuietly(stateDir)) {
                LOG.debug("could not delete {}", stateDir);
            }
        }
    }

    private EmbeddedKafka startBroker() {
        step("starting an embedded Kafka broker (KRaft, one node) ...");
        EmbeddedKafka kafka = EmbeddedKafka.start();
        step("broker ready at " + kafka.bootstrapServers());
        return kafka;
    }

    private Map<String, String> crawlSettings(String bootstrap, SampleNewsServer site) {
        Map<String, String> settings = new HashMap<>();
        settings.put(CrawlRunner.BOOTSTRAP_SERVERS, bootstrap);
        if (site != null) {
            site.start();
            step("serving the bundled sample news at " + site.baseUrl());
            settings.put(Source.FEEDS, site.feedUrl().toString());
            settings.put(Source.SITEMAPS, site.sitemapUrl().toString());
            // The sample site is on loopback, which the crawler refuses by default (SSRF protection).
            settings.put(CrawlConfig.ALLOW_PRIVATE_ADDRESSES, "true");
            settings.put(CrawlConfig.RATE_PER_HOST, "20");
        } else {
            settings.put(Source.PATHS, options.input().orElseThrow().toString());
        }
        return settings;
    }

    private static String describeSources(Map<String, String> settings) {
        return settings.containsKey(Source.PATHS) ? settings.get(Source.PATHS)
                : settings.get(Source.FEEDS) + " and " + settings.get(Source.SITEMAPS);
    }

    private SinkSummary sink(String bootstrap, Path out) {
        try (SinkRunner sink = new SinkRunner(sinkSettings(bootstrap, out))) {
            return sink.drain();
        }
    }

    private Settings sinkSettings(String bootstrap, Path out) {
        Map<String, String> settings = new HashMap<>();
        settings.put("bootstrap.servers", bootstrap);
        settings.put("out.dir", out.toString());
        settings.put("include.dlq", "true");
        options.esUrl().ifPresent(url -> settings.put("es.url", url));
        return Settings.load(Map.of(), Optional.empty(), System.getenv(), settings);
    }

    /** Polls the sources and keeps the sink writing until Ctrl-C; the processor is already running. */
    private void keepRunning(CrawlRunner crawler, String bootstrap, Path out) throws InterruptedException {
        step("--keep-running: polling the sources until Ctrl-C");
        CountDownLatch stopped = new CountDownLatch(1);
        try (SinkRunner sink = new SinkRunner(sinkSettings(bootstrap, out))) {
            Thread sinkThread = new Thread(sink::run, "demo-sink");
            sinkThread.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                crawler.stop();
                sink.stop();
                stopped.countDown();
            }));
            crawler.runContinuously(() -> stopped.getCount() == 0);
            sinkThread.join();
        }
    }

    private void step(String message) {
        LOG.info(message);
    }
}
