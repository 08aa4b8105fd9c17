package io.eventwire.cli.demo;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the demo runs on: the bundled sample site or local files, an embedded or a given Kafka cluster,
 * files or a search engine.
 *
 * @param input            local files to crawl instead of the sample site
 * @param bootstrapServers a Kafka cluster instead of the embedded broker
 * @param esUrl            an Elasticsearch or OpenSearch URL to index into, instead of files only
 * @param keepRunning      keep crawling (and processing, and sinking) until Ctrl-C
 * @param samplePort       the sample site's port (a fixed port keeps URLs, hence ids, stable across runs)
 */
public record DemoOptions(Optional<Path> input, Path out, Optional<String> bootstrapServers, Optional<String> esUrl,
                          boolean keepRunning, int samplePort) {
}
