package io.eventwire.ingest;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.ingest.crawl.Crawler;
import io.eventwire.ingest.publish.KafkaPublisher;
import io.eventwire.ingest.publish.StateTopic;
import io.eventwire.ingest.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The crawler without Kafka Connect: crawls the configured sources, publishes to {@code news.raw}
 * (refusals to {@code news.dlq}) and remembers what it published in the compacted state topic, so a
 * restarted runner publishes no unchanged page again.
 *
 * <p>Settings: {@code bootstrap.servers} (required), {@code topic.prefix}, the sources ({@code sources},
 * {@code feeds}, {@code sitemaps}, {@code seeds}, {@code paths}; see {@link Source}), the politeness and
 * limits of {@link CrawlConfig} ({@code user.agent}, {@code rate.per.host}, {@code max.concurrency},
 * {@code allow.private.addresses}, {@code max.body.bytes}, {@code poll.interval}, …), and Kafka client
 * settings under {@code kafka.} (e.g. {@code kafka.security.protocol}).
 */
public final class CrawlRunner implements AutoCloseable {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String TOPIC_PREFIX = "topic.prefix";
    public static final String CREATE_TOPICS = "topics.create";

    private static final Logger LOG = LoggerFactory.getLogger(CrawlRunner.class);

    private final List<Source> sources;
    private final KafkaPublisher publisher;
    private final Crawler crawler;
    private volatile boolean stopped;

    public CrawlRunner(Settings settings) {
        this.sources = Source.fromSettings(settings);
        CrawlConfig config = CrawlConfig.from(settings);
        Topics topics = new Topics(settings.getOrDefault(TOPIC_PREFIX, ""));
        Map<String, Object> client = new HashMap<>(settings.withPrefix("kafka."));
        client.put(BOOTSTRAP_SERVERS, settings.require(BOOTSTRAP_SERVERS));
        if (settings.getBoolean(CREATE_TOPICS, true)) {
            Set<String> mine = Set.of(topics.raw(), topics.deadLetters(), topics.crawlState());
            TopicCreator.createMissing(settings.require(BOOTSTRAP_SERVERS),
                    topics.all().stream().filter(spec -> mine.contains(spec.name())).toList());
        }
        StateTopic state = StateTopic.load(client, topics.crawlState());
        this.publisher = new KafkaPublisher(client, topics, state);
        this.crawler = new Crawler(config, state, publisher);
    }

    public List<Source> sources() {
        return sources;
    }

    /** Crawls every source once, publishes, and returns the counts once everything is acknowledged. */
    public CrawlSummary runOnce() {
        return crawler.crawl(sources);
    }

    /**
     * Crawls each source again whenever its interval has passed, until {@code stop} says so or
     * {@link #stop()} is called. Returns the summary of every pass added up.
     */
    public CrawlSummary runContinuously(BooleanSupplier stop) {
        Map<Source, Instant> due = new HashMap<>();
        Instant now = Instant.now();
        sources.forEach(source -> due.put(source, now));
        CrawlSummary total = null;
        while (!stopped && !stop.getAsBoolean()) {
            Instant passStart = Instant.now();
            List<Source> ready = sources.stream().filter(source -> !due.get(source).isAfter(passStart)).toList();
            if (!ready.isEmpty()) {
                CrawlSummary pass = crawler.crawl(ready);
                total = total == null ? pass : add(total, pass);
                ready.forEach(source -> due.put(source, passStart.plus(source.interval())));
            }
            Instant next = due.values().stream().min(Instant::compareTo).orElse(passStart.plusSeconds(60));
            sleepUntil(next, stop);
        }
        LOG.info("Crawling stopped: {}", total);
        return total == null ? nothing() : total;
    }

    /** Ends {@link #runContinuously} after the pass in progress (whose queued URLs are dropped). */
    public void stop() {
        stopped = true;
        crawler.stop();
    }

    @Override
    public void close() {
        stop();
        crawler.close();
        publisher.close();
    }

    private void sleepUntil(Instant next, BooleanSupplier stop) {
        while (!stopped && !stop.getAsBoolean() && Instant.now().isBefore(next)) {
            try {
                Thread.sleep(Math.min(500, Math.max(1, Duration.between(Instant.now(), next).toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }
    }

    private static CrawlSummary nothing() {
        return new CrawlSummary(0, 0, 0, 0, 0, Map.of(), Duration.ZERO);
    }

    static CrawlSummary add(CrawlSummary a, CrawlSummary b) {
        Map<String, Long> skipped = new HashMap<>(a.skipped());
        b.skipped().forEach((reason, count) -> skipped.merge(reason, count, Long::sum));
        return new CrawlSummary(a.requests() + b.requests(), a.fetched() + b.fetched(), a.published() + b.published(),
                a.unchanged() + b.unchanged(), a.deadLettered() + b.deadLettered(), skipped,
                a.elapsed().plus(b.elapsed()));
    }
}
