package io.eventwire.processor.extract.market;

import io.eventwire.contracts.record.Amount;
import io.eventwire.contracts.record.MarketEvent;
import io.eventwire.contracts.record.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One event told twice in an article (the headline "Acme shares slump 9%" and the body "Acme's shares fell 9.1%
 * on Monday") is one event. A later mention restates an earlier one when subtype and companies are the same,
 * the dates do not contradict, the directions do not contradict, and either they share a figure (within 1 %, or
 * rounded to a whole number) or
 * at least one of them states none. Of the two the one that says more (figures first, then a date) is kept.
 */
final class Restatements {

    private static final double TOLERANCE = 0.01;

    private Restatements() {
    }

    static List<MarketEvent> merge(List<MarketEvent> events) {
        List<MarketEvent> kept = new ArrayList<>();
        for (MarketEvent e : events) {
            int same = indexOfRestated(kept, e);
            if (same < 0) {
                kept.add(e);
            } else if (information(e) > information(kept.get(same))) {
                kept.set(same, e);
            }
        }
        return kept;
    }

    private static int indexOfRestated(List<MarketEvent> kept, MarketEvent e) {
        for (int i = 0; i < kept.size(); i++) {
            if (restates(kept.get(i), e)) {
                return i;
            }
        }
        return -1;
    }

    static boolean restates(MarketEvent a, MarketEvent b) {
        if (!a.subtype().equals(b.subtype()) || !targetIds(a).equals(targetIds(b)) || targetIds(a).isEmpty()) {
            return false;
        }
        if (!compatible(a.eventDate(), b.eventDate()) || !compatible(a.direction(), b.direction())) {
            return false;
        }
        List<Double> fa = figures(a);
        List<Double> fb = figures(b);
        return fa.isEmpty() || fb.isEmpty() || fa.stream().anyMatch(x -> fb.stream().anyMatch(y -> close(x, y)));
    }

    private static int information(MarketEvent e) {
        return 2 * figures(e).size() + (e.eventDate() == null ? 0 : 1);
    }

    private static Set<String> targetIds(MarketEvent e) {
        return e.targets().stream().map(Target::id).collect(Collectors.toSet());
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    private static List<Double> figures(MarketEvent e) {
        List<Double> values = new ArrayList<>(e.amounts().stream().map(Amount::value).toList());
        if (e.percent() != null) {
            values.add(e.percent());
        }
        return values.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** Within 1 %, or a whole number that rounds the other (a headline's "9%" for the body's 9.1 %). */
    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b))
                || rounds(a, b) || rounds(b, a);
    }

    private static boolean rounds(double whole, double precise) {
        return whole == Math.rint(whole) && Math.abs(whole - precise) < 0.5;
    }
}
