package io.eventwire.processor.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The score of {@code ../shared/text-extraction/textscore.py}, reimplemented: word 4-gram shingle multisets
 * of gold and predicted text ({@code \w+} tokens, Unicode), per-page true/false positive and false negative
 * shares, precision and recall averaged over pages, F1 their harmonic mean.
 */
final class ShingleScore {

    /** Python's {@code \w} on str: what {@code isalnum()} accepts (letters, numbers of any script), and "_". */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    private final List<Double> precisions = new ArrayList<>();
    private final List<Double> recalls = new ArrayList<>();

    void add(String gold, String predicted) {
        Map<List<String>, Integer> truth = shingles(gold);
        Map<List<String>, Integer> prediction = shingles(predicted);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<List<String>, Integer> entry : prediction.entrySet()) {
            int inTruth = truth.getOrDefault(entry.getKey(), 0);
            tp += Math.min(inTruth, entry.getValue());
            fp += Math.max(0, entry.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> entry : truth.entrySet()) {
            fn += Math.max(0, entry.getValue() - prediction.getOrDefault(entry.getKey(), 0));
        }
        double total = tp + fp + fn;
        double tpShare = total == 0 ? 0 : tp / total;
        double fpShare = total == 0 ? 0 : fp / total;
        double fnShare = total == 0 ? 0 : fn / total;
        if (tpShare + fpShare > 0) {
            precisions.add(fpShare == 0 && fnShare == 0 ? 1.0 : tpShare / (tpShare + fpShare));
        }
        if (tpShare + fnShare > 0) {
            recalls.add(fpShare == 0 && fnShare == 0 ? 1.0 : tpShare / (tpShare + fnShare));
        }
    }

    double precision() {
        return precisions.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double recall() {
        return recalls.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Like textscore.py, a text of fewer than four tokens is one shorter shingle, and no text none. */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        Map<List<String>, Integer> shingles = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                shingles.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return shingles;
    }
}
