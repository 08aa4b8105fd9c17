package io.eventwire.cli;

import io.eventwire.contracts.config.Settings;
import io.eventwire.ingest.CrawlConfig;
import io.eventwire.ingest.CrawlRunner;
import io.eventwire.ingest.CrawlSummary;
import io.eventwire.ingest.source.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Crawls feeds, sitemaps, seed URLs and local files into news.raw, once or continuously. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = "Crawl feeds, sitemaps, seed URLs and local files politely into news.raw (robots.txt, "
                + "per-host rate limits, conditional GET); a restart publishes no unchanged page again.")
final class CrawlCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOptions options;

    @Option(names = "--feed", paramLabel = "URL", description = "An RSS or Atom feed (repeatable).")
    private List<String> feeds;

    @Option(names = "--sitemap", paramLabel = "URL", description = "A sitemap, sitemap index or news sitemap "
            + "(repeatable).")
    private List<String> sitemaps;

    @Option(names = "--seed", paramLabel = "URL", description = "An article URL (repeatable).")
    private List<String> seeds;

    @Option(names = "--path", paramLabel = "PATH", description = "A local file or directory of .html, .htm, "
            + ".md and .txt files (repeatable).")
    private List<String> paths;

    @Option(names = "--user-agent", description = "User-Agent naming the crawler (matched in robots.txt).")
    private String userAgent;

    @Option(names = "--rate-per-host", description = "Requests per second to one host (default 1).")
    private String ratePerHost;

    @Option(names = "--allow-private-addresses", description = "Also fetch from loopback and private "
            + "addresses (off by default: SSRF protection).")
    private boolean allowPrivateAddresses;

    @Option(names = "--once", description = "Crawl every source once and exit, instead of polling until Ctrl-C.")
    private boolean once;

    @Override
    public void run() {
        Map<String, String> flags = new HashMap<>();
        flags.put(Source.FEEDS, join(feeds));
        flags.put(Source.SITEMAPS, join(sitemaps));
        flags.put(Source.SEEDS, join(seeds));
        flags.put(Source.PATHS, join(paths));
        flags.put(CrawlConfig.USER_AGENT, userAgent);
        flags.put(CrawlConfig.RATE_PER_HOST, ratePerHost);
        flags.put(CrawlConfig.ALLOW_PRIVATE_ADDRESSES, allowPrivateAddresses ? "true" : null);
        Settings settings = options.settings(Map.of(), flags);
        if (Source.fromSettings(settings).isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "nothing to crawl: give --feed, --sitemap, --seed or --path (or sources in --config)");
        }
        if (settings.get(CrawlRunner.BOOTSTRAP_SERVERS).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no Kafka cluster: give --bootstrap-servers");
        }
        try (CrawlRunner runner = new CrawlRunner(settings)) {
            System.err.println("Crawling " + runner.sources().size() + " sources into "
                    + settings.getOrDefault(CrawlRunner.TOPIC_PREFIX, "") + "news.raw"
                    + (once ? " once" : " until Ctrl-C"));
            if (once) {
                System.out.println(runner.runOnce());
                return;
            }
            CountDownLatch finished = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                runner.stop();
                try {
                    finished.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(hook);
            CrawlSummary total = runner.runContinuously(() -> false);
            System.out.println(total);
            finished.countDown();
        }
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
