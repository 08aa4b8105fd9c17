package io.eventwire.processor.extract.market;

import io.eventwire.contracts.record.Target;
import io.eventwire.processor.extract.EntityMention;
import io.eventwire.processor.extract.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the company a figure belongs to. In order: the last company named between the measure and the figure in
 * the figure's clause ("revenue at Acme rose"), the company named right before the measure (海康威视的市值,
 * "Acme's shares"), the nearest named before the measure, the first named after the measure in its clause
 * ("shares in Acme, which …, fell"), the nearest named before the figure, the first after the measure; with
 * the companies listed together with it. A sentence that names no company but refers to one (该公司, "the
 * company", "des Unternehmens", "its") gets the company the preceding sentences are about: of those named in
 * the {@value #CONTEXT} sentences before, the one the article names most often. Anything else gets no target.
 */
final class TargetFinder {

    static final int CONTEXT = 3;
    /** Public bodies (kind organization) have no share price or revenue; only companies are targets. */
    private static final Set<String> COMPANY_KINDS = Set.of("company");
    private static final int POSSESSOR_GAP = 3;
    /**
     * Matched once per figure its sentence names no company for, as is {@code MarketExtractor.GENERIC_SUBJECT}.
     * Profiled and not changed: matching both once per sentence instead could save at most their 0.4 % and 0.4 %
     * of the events step's samples (JFR, 2,000 corpus articles), well under what alternated runs resolve.
     */
    private static final Pattern REFERENCE = Pattern.compile(
            // 公司 alone at the start of a clause, not 中国公司; 其 as "its", not 其中, 尤其.
            "该公司|该集团|该企业|这家公司|该股|(?<!\\p{IsHan})公司|(?<![尤极与])其(?![中他它余次实])"
                    + "|(?i)(?<![a-z])(?:the (?:company|firm|group|maker|manufacturer|supplier|giant|chipmaker|business)"
                    + "|its)(?![a-z])"
                    + "|(?<![a-zäöü])(?:(?:des|das|dem|der|die) (?:Unternehmens?|Konzerns?|Firma|Herstellers?|Gruppe)"
                    + "|seine[nmrs]?|ihre[nmrs]?|dessen)(?![a-zäöü])");

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，;；:：]");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(
            "\\s*(?:、|，|,|和|与|及|以及|跟|&|(?i:and|und|sowie))\\s*");

    private final List<Sentence> sentences;
    private final List<EntityMention> companies;
    private final Map<String, Long> counts = new HashMap<>();

    TargetFinder(List<Sentence> sentences, List<EntityMention> mentions) {
        this.sentences = sentences;
        this.companies = new ArrayList<>(mentions.stream()
                .filter(m -> m.kind() != null && COMPANY_KINDS.contains(m.kind()))
                .sorted(Comparator.comparingInt(EntityMention::start))
                .toList());
        companies.forEach(m -> counts.merge(m.entityId(), 1L, Long::sum));
    }

    /** Companies found besides the gazetteer's ({@link UnlistedCompanies}), which then count like the others. */
    void add(List<EntityMention> more) {
        for (EntityMention m : more) {
            companies.add(firstFrom(m.start()), m);
            counts.merge(m.entityId(), 1L, Long::sum);
        }
    }

    /** The targets, and whether the sentence names them or they were inferred from a reference (该公司, "its"). */
    record Found(List<Target> targets, boolean inferred) {

        List<String> ids() {
            return targets.stream().map(Target::id).toList();
        }
    }

    /** The company named right before a measure word (Acme's exports), or none. */
    Optional<Target> possessor(int sentenceIndex, int cueStart) {
        return inSentence(sentenceIndex).stream()
                .filter(m -> m.end() <= cueStart && cueStart - m.end() <= POSSESSOR_GAP)
                .reduce((a, b) -> b)
                .map(TargetFinder::target);
    }

    /**
     * The target of a figure; offsets are into the article text.
     *
     * @param cueStart    where the measure word starts
     * @param figureStart where the figure starts (the cue's start for a figure-less move)
     */
    Optional<Found> find(int sentenceIndex, int cueStart, int cueEnd, int figureStart) {
        return named(sentenceIndex, cueStart, cueEnd, figureStart).or(() -> referenced(sentenceIndex));
    }

    /** The target of a figure among the companies its sentence names; offsets are into the article text. */
    Optional<Found> named(int sentenceIndex, int cueStart, int cueEnd, int figureStart) {
        Sentence s = sentences.get(sentenceIndex);
        List<EntityMention> inSentence = inSentence(sentenceIndex);
        Optional<EntityMention> possessor = inSentence.stream()
                .filter(m -> m.end() <= cueStart && cueStart - m.end() <= POSSESSOR_GAP)
                .reduce((a, b) -> b);
        // A company named between the measure and its figure, in the figure's own clause, is the figure's:
        // "Acme's shares fell 4%, while Bcme lost 3%" gives the 3% to Bcme; "shares in Acme, 42% owned by Bcme,
        // fell 10%" keeps the 10% for Acme.
        Optional<EntityMention> between = inSentence.stream()
                .filter(m -> m.start() >= cueEnd && m.end() <= figureStart
                        && !CLAUSE_BREAK.matcher(s.text().substring(m.end() - s.start(), figureStart - s.start())).find())
                .reduce((a, b) -> b);
        Optional<EntityMention> chosen = between.or(() -> possessor)
                .or(() -> inSentence.stream().filter(m -> m.end() <= Math.min(cueStart, figureStart)).reduce((a, b) -> b))
                .or(() -> inSentence.stream().filter(m -> m.start() >= cueEnd && !CLAUSE_BREAK.matcher(
                        s.text().substring(cueEnd - s.start(), m.start() - s.start())).find()).findFirst())
                .or(() -> inSentence.stream().filter(m -> m.end() <= figureStart).reduce((a, b) -> b))
                .or(() -> inSentence.stream().filter(m -> m.start() >= cueEnd).findFirst());
        return chosen.map(m -> new Found(listAround(s, inSentence, m), false));
    }

    /**
     * For a sentence that names no company but refers to one (该公司, "the company", "des Unternehmens", "its"):
     * the company the preceding sentences are about.
     */
    Optional<Found> referenced(int sentenceIndex) {
        if (inSentence(sentenceIndex).isEmpty() && REFERENCE.matcher(sentences.get(sentenceIndex).text()).find()) {
            return subjectBefore(sentenceIndex).map(m -> new Found(List.of(target(m)), true));
        }
        return Optional.empty();
    }

    /**
     * The chosen company with those listed with it (海康威视、大华股份双双跌停; "shares of Lenovo and Xiaomi fell"):
     * a figure stated once for a list of companies belongs to all of them.
     */
    private List<Target> listAround(Sentence s, List<EntityMention> inSentence, EntityMention chosen) {
        int first = inSentence.indexOf(chosen);
        while (first > 0 && listed(s, inSentence.get(first - 1), inSentence.get(first))) {
            first--;
        }
        int last = inSentence.indexOf(chosen);
        while (last + 1 < inSentence.size() && listed(s, inSentence.get(last), inSentence.get(last + 1))) {
            last++;
        }
        List<Target> targets = new ArrayList<>();
        for (EntityMention m : inSentence.subList(first, last + 1)) {
            if (targets.stream().noneMatch(t -> t.id().equals(m.entityId()))) {
                targets.add(target(m));
            }
        }
        return targets;
    }

    private static boolean listed(Sentence s, EntityMention a, EntityMention b) {
        return a.end() <= b.start()
                && LIST_SEPARATOR.matcher(s.text().substring(a.end() - s.start(), b.start() - s.start())).matches();
    }

    /** The spans of the companies a sentence names, as {start, end} offsets into the sentence. */
    List<int[]> companySpans(int sentenceIndex) {
        int base = sentences.get(sentenceIndex).start();
        List<EntityMention> named = inSentence(sentenceIndex);
        // A loop, not a stream: asked of every sentence, most of which name none, a stream's set-up cost more
        // than the look-up.
        List<int[]> spans = new ArrayList<>(named.size());
        for (EntityMention m : named) {
            spans.add(new int[] {m.start() - base, m.end() - base});
        }
        return spans;
    }

    private List<EntityMention> inSentence(int sentenceIndex) {
        Sentence s = sentences.get(sentenceIndex);
        return within(s.start(), s.end());
    }

    /**
     * The mentions inside [from, to), in text order. A binary search into the mentions (sorted by start):
     * scanning them all for every figure made an article naming a company 40,000 times stall for minutes.
     */
    private List<EntityMention> within(int from, int to) {
        List<EntityMention> found = new ArrayList<>();
        for (int i = firstFrom(from); i < companies.size() && companies.get(i).start() <= to; i++) {
            if (companies.get(i).end() <= to) {
                found.add(companies.get(i));
            }
        }
        return found;
    }

    /** The index of the first mention that starts at or after {@code from} (the mentions are sorted by start). */
    private int firstFrom(int from) {
        int low = 0;
        int high = companies.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (companies.get(mid).start() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static Target target(EntityMention m) {
        return new Target(m.entityId(), m.name(), m.matchedText());
    }

    private Optional<EntityMention> subjectBefore(int sentenceIndex) {
        int from = sentences.get(Math.max(0, sentenceIndex - CONTEXT)).start();
        int to = sentences.get(sentenceIndex).start();
        List<EntityMention> recent = within(from, to);
        return recent.stream().max(Comparator.<EntityMention>comparingLong(m -> counts.get(m.entityId()))
                .thenComparingInt(EntityMention::start));
    }
}
