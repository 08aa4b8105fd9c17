package io.eventwire.sink;

import io.eventwire.contracts.config.Settings;

import java.util.HashMap;
import java.util.Map;

/** Runs the sink in the tests: settings built from a base, and one drain. */
final class TestSink {

    private TestSink() {
    }

    /** {@code base} with the {@code key, value} pairs set on top. */
    static Map<String, String> with(Map<String, String> base, String... pairs) {
        Map<String, String> out = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    /** One sink run up to the end offsets it sees at its start ({@link SinkRunner#drain()}). */
    static SinkSummary drain(Map<String, String> settings) {
        try (SinkRunner sink = new SinkRunner(Settings.of(settings))) {
            return sink.drain();
        }
    }
}
