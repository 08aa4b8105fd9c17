package io.eventwire.bench.corpus;

import java.util.List;
import java.util.SplittableRandom;

/** Random choices and numbers for the generator; every one draws from the caller's seeded random. */
final class Pick {

    private Pick() {
    }

    static <T> T one(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    static <T> T one(SplittableRandom random, T... values) {
        return values[random.nextInt(values.length)];
    }

    static int between(SplittableRandom random, int min, int maxInclusive) {
        return min + random.nextInt(maxInclusive - min + 1);
    }

    /** A number with one decimal in [min, max), as the text prints it with {@code separator}. */
    static String decimal(SplittableRandom random, double min, double max, char separator) {
        double value = min + random.nextDouble() * (max - min);
        String text = String.format(java.util.Locale.ROOT, "%.1f", value);
        return separator == '.' ? text : text.replace('.', separator);
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }
}
