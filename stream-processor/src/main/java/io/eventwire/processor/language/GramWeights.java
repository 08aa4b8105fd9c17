package io.eventwire.processor.language;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A {@link GISModel}'s parameters keyed by {@linkplain DistinctGrams#key packed n-gram}, and its evaluation,
 * computed as {@code GISModel.eval} computes it: the uniform log prior, plus every feature's parameters in the
 * order the features are given (OpenNLP multiplies each by the feature's value, 1, which changes no bit), then
 * {@link StrictMath#exp} and the division by their sum.
 *
 * <p>Why: the model keeps its parameters in a map from predicate string to {@link Context}, so OpenNLP builds a
 * string for every n-gram of a text, and each lookup then goes from map node to string to context to its two
 * arrays. The model is larger than the processor's caches, so each of those steps tends to be a cache miss. Here
 * an n-gram is a long, the entry that holds it also holds where its parameters lie, and the parameters of all
 * n-grams lie in two flat arrays, the 1- and 2-grams (which most texts share) first. Immutable once built.
 */
final class GramWeights {

    private static final int COUNT_BITS = 16;

    /** Packed n-gram to (offset into the flat arrays) {@code << COUNT_BITS |} (number of parameters). */
    private final LongTable located;
    private final short[] outcomes;
    private final double[] parameters;
    private final double[] logPrior;

    GramWeights(MaxentModel model) {
        if (!(model instanceof GISModel gis) || gis.getNumOutcomes() > Short.MAX_VALUE) {
            throw new IllegalArgumentException("not a GIS maxent model of this size: " + model.getClass().getName());
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) gis.getDataStructures()[1];
        List<String> grams = new ArrayList<>();
        int size = 0;
        for (var predicate : predicates.entrySet()) {
            if (!predicate.getKey().isEmpty() && predicate.getKey().length() <= DistinctGrams.MAX_LENGTH) {
                grams.add(predicate.getKey());
                size += predicate.getValue().getOutcomes().length;
            }
        }
        grams.sort(Comparator.comparingInt(String::length));
        located = new LongTable(grams.size());
        outcomes = new short[size];
        parameters = new double[size];
        int offset = 0;
        for (String gram : grams) {
            Context context = predicates.get(gram);
            int count = context.getOutcomes().length;
            for (int i = 0; i < count; i++) {
                outcomes[offset + i] = (short) context.getOutcomes()[i];
            }
            System.arraycopy(context.getParameters(), 0, parameters, offset, count);
            located.putIfAbsent(DistinctGrams.key(gram.toCharArray(), 0, gram.length()),
                    (long) offset << COUNT_BITS | count);
            offset += count;
        }
        logPrior = uniformLogPrior(gis);
        if (!Arrays.equals(probabilities(new long[0]), gis.eval(new String[0], new float[0]))) {
            throw new IllegalArgumentException("the model's prior is not uniform: its answers cannot be reproduced");
        }
    }

    /** The probability of every outcome given {@code grams}, their parameters summed in the order given. */
    double[] probabilities(long[] grams) {
        // All lookups first: they do not depend on one another, so the processor overlaps their cache misses,
        // which it cannot do across the summing loops of varying length (measured: ~18 % less time to sum).
        long[] locations = new long[grams.length];
        for (int i = 0; i < grams.length; i++) {
            locations[i] = located.get(grams[i]);
        }
        double[] sums = logPrior.clone();
        for (long location : locations) {
            if (location != LongTable.ABSENT) {
                int start = (int) (location >>> COUNT_BITS);
                int end = start + (int) (location & ((1 << COUNT_BITS) - 1));
                for (int i = start; i < end; i++) {
                    sums[outcomes[i]] += parameters[i];
                }
            }
        }
        double normal = 0.0;
        for (int outcome = 0; outcome < sums.length; outcome++) {
            sums[outcome] = StrictMath.exp(sums[outcome]);
            normal += sums[outcome];
        }
        for (int outcome = 0; outcome < sums.length; outcome++) {
            sums[outcome] /= normal;
        }
        return sums;
    }

    /** The prior a model read from a file gets (GISModel's three-argument constructor); the constructor checks it. */
    private static double[] uniformLogPrior(GISModel model) {
        String[] names = new String[model.getNumOutcomes()];
        Arrays.setAll(names, model::getOutcome);
        UniformPrior prior = new UniformPrior();
        prior.setLabels(names, null);
        double[] logPrior = new double[names.length];
        prior.logPrior(logPrior, (int[]) null);
        return logPrior;
    }
}
