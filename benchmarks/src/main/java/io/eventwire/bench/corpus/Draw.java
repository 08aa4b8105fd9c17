package io.eventwire.bench.corpus;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The generator's random choices, drawn from a seeded random. With a focus, an article draws its words
 * from its own subset of each list (about a third) and its sentence shapes from about half of them: real
 * articles stay on a topic, and two unrelated ones then share no more text than real unrelated articles do.
 */
final class Draw {

    private static final int KEEP_WORDS_PERCENT = 35;
    private static final int KEEP_SHAPES_PERCENT = 50;
    private static final int ATTEMPTS = 24;

    private final SplittableRandom random;
    private final long focus;

    /** @param focus 0 for no focus: every word and shape may be drawn */
    Draw(SplittableRandom random, long focus) {
        this.random = random;
        this.focus = focus;
    }

    static Draw unfocused(long seed) {
        return new Draw(new SplittableRandom(seed), 0);
    }

    <T> T one(List<T> values) {
        int index = random.nextInt(values.size());
        for (int attempt = 0; attempt < ATTEMPTS && !kept(stableHash(values.get(index)), KEEP_WORDS_PERCENT);
             attempt++) {
            index = random.nextInt(values.size());
        }
        return values.get(index);
    }

    @SafeVarargs
    final <T> T one(T... values) {
        return one(List.of(values));
    }

    /** One of {@code count} sentence shapes, from this article's share of them. */
    int shape(int count) {
        int shape = random.nextInt(count);
        for (int attempt = 0; attempt < ATTEMPTS && !kept(count * 31 + shape, KEEP_SHAPES_PERCENT); attempt++) {
            shape = random.nextInt(count);
        }
        return shape;
    }

    int between(int min, int maxInclusive) {
        return min + random.nextInt(maxInclusive - min + 1);
    }

    /** A number with one decimal in [min, max), printed with {@code separator}. */
    String decimal(double min, double max, char separator) {
        String text = String.format(Locale.ROOT, "%.1f", min + random.nextDouble() * (max - min));
        return separator == '.' ? text : text.replace('.', separator);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    long nextLong() {
        return random.nextLong();
    }

    long nextLong(long bound) {
        return random.nextLong(bound);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    boolean nextBoolean() {
        return random.nextBoolean();
    }

    /**
     * A hash that is the same in every JVM: {@code hashCode()} is not for records holding enums (an enum's
     * hash is its identity), and the same seed must give the same bytes in every run.
     */
    private static int stableHash(Object value) {
        return value.toString().hashCode();
    }

    private boolean kept(int item, int percent) {
        return focus == 0 || Math.floorMod(mix(focus ^ item), 100) < percent;
    }

    /** The SplitMix64 finaliser: neighbouring seeds must give unrelated streams. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
