package io.eventwire.ingest.publish;

import java.util.Optional;

/** The crawler's memory of what it published, keyed by the canonical URL it requested. */
public interface CrawlState {

    Optional<PageState> lookup(String url);
}
