package io.eventwire.bench.pipeline;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** What the comparison reports ({@link LatencyComparison}, {@link SaturationComparison}) print alike. */
final class Comparisons {

    private Comparisons() {
    }

    /** Called for each pass, with its number (from 1) and the settings it ran with. */
    interface PassVisitor<P> {
        void visit(int number, SettingsUnderTest<P> settings, P pass);
    }

    /** Visits the passes in the order they ran: the first of each configuration, then the second… */
    static <P> void inRunOrder(List<SettingsUnderTest<P>> configurations, PassVisitor<P> visitor) {
        int passes = configurations.stream().mapToInt(configuration -> configuration.passes().size()).max().orElse(0);
        for (int i = 0; i < passes; i++) {
            for (SettingsUnderTest<P> configuration : configurations) {
                if (i < configuration.passes().size()) {
                    visitor.visit(i + 1, configuration, configuration.passes().get(i));
                }
            }
        }
    }

    /** Each pass's CPU per article by the threads that spent it. */
    static <P> void printCpuByThread(PrintStream out, List<SettingsUnderTest<P>> configurations,
                                     BiFunction<P, ThreadCpu.Spender, Double> millisPerArticle) {
        out.print("CPU ms per article by thread | pass | configuration");
        for (ThreadCpu.Spender spender : ThreadCpu.Spender.values()) {
            out.print(" | " + spender.label());
        }
        out.println();
        inRunOrder(configurations, (number, configuration, pass) -> {
            out.printf(Locale.ROOT, "  | %d | %s", number, configuration.name());
            for (ThreadCpu.Spender spender : ThreadCpu.Spender.values()) {
                out.printf(Locale.ROOT, " | %.2f", millisPerArticle.apply(pass, spender));
            }
            out.println();
        });
        out.println();
    }

    static Map<String, Double> cpuByThread(Function<ThreadCpu.Spender, Double> millisPerArticle) {
        Map<String, Double> bySpender = new LinkedHashMap<>();
        for (ThreadCpu.Spender spender : ThreadCpu.Spender.values()) {
            bySpender.put(spender.key(), round(millisPerArticle.apply(spender)));
        }
        return bySpender;
    }

    /** The median over a configuration's passes of each named figure. */
    static <P> Map<String, Double> medians(SettingsUnderTest<P> configuration,
                                           Map<String, Function<P, Double>> figures) {
        Map<String, Double> medians = new LinkedHashMap<>();
        figures.forEach((name, figure) -> {
            Double median = configuration.median(figure);
            medians.put(name, median == null ? null : round(median));
        });
        return medians;
    }

    /** "name {settings}: medians {…}", a line per configuration. */
    static <P> void printMedians(PrintStream out, List<SettingsUnderTest<P>> configurations,
                                 Map<String, Function<P, Double>> figures) {
        for (SettingsUnderTest<P> configuration : configurations) {
            out.printf(Locale.ROOT, "%s %s: medians %s%n", configuration.name(), configuration.settings(),
                    medians(configuration, figures));
        }
        out.println();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
