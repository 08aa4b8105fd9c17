package io.eventwire.processor.extract;

import io.eventwire.contracts.record.MarketEvent;
import io.eventwire.contracts.record.SanctionEvent;

import java.util.List;

/** The events of one article: the values of {@code events.sanctions} and {@code events.market}. */
public record ExtractedEvents(List<SanctionEvent> sanctions, List<MarketEvent> markets) {

    public ExtractedEvents {
        sanctions = List.copyOf(sanctions);
        markets = List.copyOf(markets);
    }
}
