package io.eventwire.processor.language;

import io.eventwire.processor.text.LongTable;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A {@link GISModel}'s parameters for some of its outcomes, keyed by {@linkplain DistinctGrams#key packed
 * n-gram}, and the model's distribution over those outcomes: what {@code GISModel.eval} answers, restricted to
 * them and divided by their sum.
 *
 * <p>Why restricted: the tagger answers only among its candidate languages and divides by their sum, so the
 * parameters of the other outcomes (69 % of the langdetect model's) change nothing it answers; leaving them out
 * saves their sums and makes the table a third as large. Why a table of its own: the model keeps its parameters
 * in a map from predicate string to {@link Context}, so OpenNLP builds a string for every n-gram of a text, and
 * each lookup then goes from map node to string to context to its two arrays. The model is larger than the
 * processor's caches, so each of those steps tends to be a cache miss. Here an n-gram is a long, the entry that
 * holds it also holds where its parameters lie, and the parameters of all n-grams lie in two flat arrays, the 1-
 * and 2-grams (which most texts share) first. Immutable once built.
 *
 * <p>Measured and not taken: a gram's outcome indexes and parameters in one array, so that its run is one place
 * in memory, not two (the indexes as bytes before the parameters: 12 % slower; as a bit mask: no faster): the
 * two arrays' misses overlap, and decoding costs. Looking up every n-gram of a text, repeats included, and
 * telling repeats by their entry here (a bit each) instead of first making the n-grams distinct: 9-25 % slower.
 * Floats would halve the parameters, but none of langdetect-183's 380,313 for the news languages is exactly a
 * float: the answers would change.
 */
final class GramWeights {

    private static final int COUNT_BITS = 16;

    /** Packed n-gram to (offset into the flat arrays) {@code << COUNT_BITS |} (number of parameters). */
    private final LongTable located;
    /** Kept outcomes by their index here, which is their order in the model. */
    private final String[] outcomeNames;
    private final short[] outcomes;
    private final double[] parameters;

    /** The parameters of the outcomes {@code kept} accepts, by the outcome's name. */
    GramWeights(MaxentModel model, Predicate<String> kept) {
        if (!(model instanceof GISModel gis) || gis.getNumOutcomes() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("not a GIS maxent model of this size: " + model.getClass().getName());
        }
        requireUniformPrior(gis);
        short[] keptIndex = keptIndexes(gis, kept);
        outcomeNames = keptNames(gis, keptIndex);
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) gis.getDataStructures()[1];
        List<String> grams = new ArrayList<>();
        int size = 0;
        for (var predicate : predicates.entrySet()) {
            int count = keptCount(predicate.getValue(), keptIndex);
            if (count > 0 && !predicate.getKey().isEmpty() && predicate.getKey().length() <= DistinctGrams.MAX_LENGTH) {
                grams.add(predicate.getKey());
                size += count;
            }
        }
        grams.sort(Comparator.comparingInt(String::length));
        located = new LongTable(grams.size());
        outcomes = new short[size];
        parameters = new double[size];
        int offset = 0;
        for (String gram : grams) {
            Context context = predicates.get(gram);
            int start = offset;
            for (int i = 0; i < context.getOutcomes().length; i++) {
                short outcome = keptIndex[context.getOutcomes()[i]];
                if (outcome >= 0) {
                    outcomes[offset] = outcome;
                    parameters[offset++] = context.getParameters()[i];
                }
            }
            located.putIfAbsent(DistinctGrams.key(gram.toCharArray(), 0, gram.length()),
                    (long) start << COUNT_BITS | (offset - start));
        }
    }

    /** The kept outcomes' names; {@link #probabilities} answers in this order. */
    String[] outcomeNames() {
        return outcomeNames.clone();
    }

    /**
     * The probability of every kept outcome given {@code grams}, among the kept outcomes. Computed from the
     * largest sum down, which changes nothing but keeps {@code exp} from overflowing or leaving every outcome at 0.
     */
    double[] probabilities(long[] grams) {
        // All lookups first: they do not depend on one another, so the processor overlaps their cache misses,
        // which it cannot do across the summing loops of varying length (measured: ~18 % less time to sum).
        long[] locations = new long[grams.length];
        for (int i = 0; i < grams.length; i++) {
            locations[i] = located.get(grams[i]);
        }
        double[] sums = new double[outcomeNames.length];
        for (long location : locations) {
            if (location != LongTable.ABSENT) {
                int start = (int) (location >>> COUNT_BITS);
                int end = start + (int) (location & ((1 << COUNT_BITS) - 1));
                for (int i = start; i < end; i++) {
                    sums[outcomes[i]] += parameters[i];
                }
            }
        }
        double largest = Arrays.stream(sums).max().orElse(0);
        double normal = 0.0;
        for (int outcome = 0; outcome < sums.length; outcome++) {
            sums[outcome] = Math.exp(sums[outcome] - largest);
            normal += sums[outcome];
        }
        for (int outcome = 0; outcome < sums.length; outcome++) {
            sums[outcome] /= normal;
        }
        return sums;
    }

    /**
     * The prior is left out of the sums: a uniform one adds the same to every outcome, which the division by their
     * sum cancels. A model read from a file has one (GISModel's three-argument constructor); another is refused.
     */
    private static void requireUniformPrior(GISModel model) {
        double[] unconditioned = model.eval(new String[0], new float[0]);
        if (Arrays.stream(unconditioned).distinct().count() > 1) {
            throw new IllegalArgumentException("the model's prior is not uniform: its answers cannot be reproduced");
        }
    }

    /** For each of the model's outcomes, its index among the kept ones, or -1. */
    private static short[] keptIndexes(GISModel model, Predicate<String> kept) {
        short[] index = new short[model.getNumOutcomes()];
        short next = 0;
        for (int outcome = 0; outcome < index.length; outcome++) {
            index[outcome] = kept.test(model.getOutcome(outcome)) ? next++ : -1;
        }
        return index;
    }

    private static String[] keptNames(GISModel model, short[] keptIndex) {
        List<String> names = new ArrayList<>();
        for (int outcome = 0; outcome < keptIndex.length; outcome++) {
            if (keptIndex[outcome] >= 0) {
                names.add(model.getOutcome(outcome));
            }
        }
        return names.toArray(String[]::new);
    }

    private static int keptCount(Context context, short[] keptIndex) {
        int count = 0;
        for (int outcome : context.getOutcomes()) {
            if (keptIndex[outcome] >= 0) {
                count++;
            }
        }
        return count;
    }
}
