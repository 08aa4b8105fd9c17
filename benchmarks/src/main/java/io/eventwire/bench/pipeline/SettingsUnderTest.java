package io.eventwire.bench.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One set of processor settings in a comparison run and its passes, in the order they ran.
 *
 * @param name     "base" (the run's own settings) or "candidate" (those of {@code --compare} laid over them)
 * @param <P>      what a pass measured ({@link PipelineBench.Latency} or {@link PipelineBench.Saturation})
 */
public record SettingsUnderTest<P>(String name, Map<String, String> settings, List<P> passes) {

    public SettingsUnderTest {
        settings = Map.copyOf(settings);
        passes = List.copyOf(passes);
    }

    /** The median over the passes of one figure; null when a pass lacks it (records that never arrived). */
    public Double median(Function<P, Double> figure) {
        double[] values = new double[passes.size()];
        for (int i = 0; i < values.length; i++) {
            Double value = figure.apply(passes.get(i));
            if (value == null) {
                return null;
            }
            values[i] = value;
        }
        if (values.length == 0) {
            return null;
        }
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
