package io.eventwire.processor.extract.sanction;

import io.eventwire.contracts.record.Authority;
import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.record.SanctionSubtype;
import io.eventwire.processor.extract.EntityMention;
import io.eventwire.processor.extract.date.DateMention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates of one article that state the same event: same measure, shared targets, compatible dates
 * (one a prefix of the other, or one unstated). It takes the most precise date, the union of targets and the
 * least certain modality of its specific mentions: one "reportedly" makes the event reported.
 */
final class EventCluster {

    private final List<Candidate> members = new ArrayList<>();
    private final Map<String, EntityMention> targets = new LinkedHashMap<>();
    private SanctionSubtype subtype;
    private DateMention date;

    EventCluster(Candidate first) {
        subtype = first.subtype();
        add(first);
    }

    /**
     * Adds a mention. A generic mention's date does not date a specific event: "hit with sanctions in 2018"
     * may join the event it shares a company with, but its year belongs to its own sentence.
     */
    void add(Candidate candidate) {
        boolean wasGeneric = members.isEmpty() || isGeneric();
        members.add(candidate);
        if (wasGeneric && !candidate.generic()) {
            subtype = candidate.subtype();
        }
        candidate.targets().forEach(t -> targets.putIfAbsent(t.entityId(), t));
        boolean dates = candidate.generic() ? isGeneric() : true;
        if (dates && candidate.dateValue() != null
                && (date == null || candidate.dateValue().length() > date.value().length())) {
            date = candidate.date();
        }
    }

    /** Takes every mention of {@code other} (a generic cluster that turned out to share a target with this one). */
    void absorb(EventCluster other) {
        other.members.forEach(this::add);
    }

    boolean sharesTargetWith(EventCluster other) {
        return other.targets.keySet().stream().anyMatch(targets::containsKey);
    }

    boolean acceptsDate(EventCluster other) {
        return other.members.stream().allMatch(this::acceptsDate);
    }

    /** Whether only generic mentions ("the sanctions") make this cluster. */
    boolean isGeneric() {
        return members.stream().allMatch(Candidate::generic);
    }

    SanctionSubtype subtype() {
        return subtype;
    }

    boolean sharesTargetWith(Candidate candidate) {
        return candidate.targets().stream().anyMatch(t -> targets.containsKey(t.entityId()));
    }

    boolean acceptsDate(Candidate candidate) {
        String mine = date == null ? null : date.value();
        String theirs = candidate.dateValue();
        return mine == null || theirs == null || mine.startsWith(theirs) || theirs.startsWith(mine);
    }

    /** Sentences between the candidate and the nearest member. */
    int distance(Candidate candidate) {
        return members.stream().mapToInt(m -> Math.abs(m.sentenceIndex() - candidate.sentenceIndex())).min()
                .orElse(Integer.MAX_VALUE);
    }

    Collection<EntityMention> targets() {
        return targets.values();
    }

    DateMention date() {
        return date;
    }

    int size() {
        return members.size();
    }

    /**
     * The mention that states the event best, its evidence: specific wording first, then targets named, then a
     * date and a named authority; the earliest among equals.
     */
    Candidate primary() {
        return members.stream().sorted(Comparator.comparingInt(Candidate::sentenceIndex))
                .reduce((best, next) -> informative(next) > informative(best) ? next : best).orElseThrow();
    }

    private static int informative(Candidate c) {
        return (c.generic() ? 0 : 4) + (c.targets().isEmpty() ? 0 : 2) + (c.date() == null ? 0 : 1)
                + (c.authorityNamed() ? 1 : 0);
    }

    /** A named authority (the primary's first), else an implied one, else null. */
    Authority authority() {
        Candidate primary = primary();
        if (primary.authorityNamed()) {
            return primary.authority();
        }
        return members.stream().filter(Candidate::authorityNamed).map(Candidate::authority).findFirst()
                .orElseGet(() -> primary.authority() != null ? primary.authority()
                        : members.stream().map(Candidate::authority).filter(a -> a != null).findFirst().orElse(null));
    }

    boolean authorityNamed() {
        return members.stream().anyMatch(Candidate::authorityNamed);
    }

    String modality() {
        List<Candidate> specific = members.stream().filter(m -> !m.generic()).toList();
        List<String> modalities = (specific.isEmpty() ? members : specific).stream().map(Candidate::modality).toList();
        if (modalities.contains(SanctionEvent.REPORTED)) {
            return SanctionEvent.REPORTED;
        }
        return modalities.contains(SanctionEvent.PLANNED) ? SanctionEvent.PLANNED : SanctionEvent.ACTUAL;
    }
}
