package io.eventwire.processor.extract.sanction;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.Authority;
import io.eventwire.contracts.record.Event;
import io.eventwire.contracts.record.Evidence;
import io.eventwire.contracts.record.SanctionEvent;
import io.eventwire.contracts.record.SanctionSubtype;
import io.eventwire.contracts.record.Target;
import io.eventwire.processor.extract.ArticleContext;
import io.eventwire.processor.extract.EntityMention;
import io.eventwire.processor.extract.Sentence;
import io.eventwire.processor.extract.date.DateFinder;
import io.eventwire.processor.extract.date.DateMention;
import io.eventwire.processor.extract.entity.Entity;
import io.eventwire.processor.extract.entity.Gazetteer;
import io.eventwire.processor.extract.text.TextFold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sanction events of one article, by rules: a trigger word ({@link TriggerLexicon}) in a sentence, the
 * organisations it targets, the authority that imposes it, its date and modality; then restatements merged
 * ({@link EventCluster}) so an article yields one record per event.
 *
 * <ul>
 *   <li>Targets: the organisations of the trigger's clause (Chinese) or sentence; else, when the sentence names
 *       none, the list that follows ("其中包括 X、Y和Z", "as follows:" and list items) or the company a
 *       description refers back to ("the telecom giant" → the last company named). An authority's own
 *       companies are not its targets (US suppliers in a sentence about a US measure); with no authority known,
 *       Chinese organisations are preferred.</li>
 *   <li>Authority: the nearest authority named before the trigger, else after it, passing over one of the
 *       targets' own country; else the one the trigger implies (Entity List → Commerce); else the first country
 *       named before the trigger, the actor in "the US targeted China's ZTE". A retailer is the actor of a
 *       retail delisting. Measures China imposes are counter-sanctions (for a bare "制裁", only when a Chinese
 *       authority is named). Targets only referred to ("上述企业") need some authority.</li>
 *   <li>Modality: {@code reported} on hedges (reportedly, 据…报道, Berichten zufolge), {@code planned} on plans and
 *       threats (considering, 拟, erwägt); a negated trigger ("was not added", 未被列入) gives no event.</li>
 *   <li>Output: events with targets and an authority (a retail delisting may lack a known retailer); a measure
 *       with no target named only when its authority is named and its date known; a bare "sanctions" with no
 *       specific event to join only with a named authority. Triggers that only start with a noun after a
 *       country ("US export controls") do not make the country an actor.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class SanctionEventExtractor {

    /** Rule set version: part of every record, so a replay after a rule change is recognisable. */
    public static final String VERSION = "sanction-rules/1";

    private static final Set<String> CHINA = Set.of("CN", "HK", "MO");
    private static final int ANAPHORA_REACH = 3;
    /** How far (sentences) a generic mention with targets reaches to name the targets of a measure that names none. */
    private static final int TARGETLESS_REACH = 2;
    /**
     * A country right before a trigger noun modifies it ("US export controls", "US-Sanktionen", "美国出口管制"): it
     * says whose measure is meant, not that the country acted in this sentence ("Canada banned" is an actor).
     */
    private static final int MODIFIER_GAP = 1;
    /**
     * Triggers read per sentence, in text order. Prose states a few measures a sentence; a "sentence" of
     * hundreds of triggers is a keyword list or an attack, and reading each against all the others is quadratic.
     */
    static final int MAX_TRIGGERS_PER_SENTENCE = 8;

    private final Gazetteer gazetteer;

    public SanctionEventExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<SanctionEvent> extract(ArticleContext context) {
        String folded = TextFold.fold(context.text());
        List<Candidate> candidates = new ArrayList<>();
        List<Sentence> sentences = context.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            candidates.addAll(candidates(context, folded, i));
        }
        return merge(candidates).stream()
                .filter(SanctionEventExtractor::worthReporting)
                .map(cluster -> toEvent(context.article(), cluster))
                .sorted(Comparator.comparingInt((SanctionEvent e) -> e.evidence().start()))
                .toList();
    }

    // ------------------------------------------------------------------ reading one sentence

    private List<Candidate> candidates(ArticleContext context, String folded, int index) {
        Sentence sentence = context.sentences().get(index);
        String text = folded.substring(sentence.start(), sentence.end());
        List<TriggerLexicon.Match> all = TriggerLexicon.find(text);
        if (all.isEmpty()) {
            // Most sentences: no trigger, and sifting an empty list took a stream per rule below.
            return List.of();
        }
        List<TriggerLexicon.Match> matches = new ArrayList<>(all);
        matches.removeIf(m -> Cues.negated(text, m.start()));
        if (matches.stream().anyMatch(m -> !m.generic())) {
            matches.removeIf(TriggerLexicon.Match::generic);
        }
        // One sentence, one reading: a lifting is not also the measure lifted, and an Entity List addition
        // is not also the export restriction it brings ("added to the Entity List, which restricts exports").
        if (has(matches, SanctionSubtype.SANCTION_LIFTED)) {
            matches.removeIf(m -> m.subtype() != SanctionSubtype.SANCTION_LIFTED);
        } else if (has(matches, SanctionSubtype.ENTITY_LIST_ADDITION)) {
            matches.removeIf(m -> m.subtype() == SanctionSubtype.EXPORT_RESTRICTION);
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        if (matches.size() > MAX_TRIGGERS_PER_SENTENCE) {
            matches = matches.subList(0, MAX_TRIGGERS_PER_SENTENCE);
        }
        boolean clauses = hasHan(text);
        List<EntityMention> mentions = context.mentionsIn(sentence);
        List<Candidate> found = new ArrayList<>();
        // The sentence-wide part of the modality does not depend on the trigger: computed once per sentence.
        boolean reported = Cues.isReported(text, mentions.stream().anyMatch(m -> Entity.MEDIA.equals(m.kind())));
        for (TriggerLexicon.Match match : matches) {
            int[] scope = clauses ? clause(text, match) : new int[]{0, text.length()};
            List<EntityMention> targets = targetsIn(mentions, sentence.start() + scope[0], sentence.start() + scope[1]);
            if (targets.isEmpty() && clauses) {
                targets = targetsOutsideOtherClauses(mentions, sentence, text, all, match);
            }
            if (targets.isEmpty()) {
                targets = listThatFollows(context, folded, index);
            }
            boolean referred = false;
            if (targets.isEmpty() && Cues.hasAnaphor(text)) {
                targets = referredBack(context, index, Cues.hasPluralAnaphor(text));
                referred = true;
            }
            int triggerStart = sentence.start() + match.start();
            AuthorityChoice authority = authority(mentions, triggerStart, match, targets);
            if (referred && authority.authority() == null) {
                // A company only referred to ("上述企业", "the firm") with nobody imposing anything: too weak.
                targets = List.of();
            }
            SanctionSubtype subtype = match.subtype();
            boolean generic = match.generic();
            boolean chineseActor = authority.authority() != null && CHINA.contains(authority.authority().country())
                    && (authority.named() || !generic);
            if (chineseActor && subtype != SanctionSubtype.SANCTION_LIFTED) {
                subtype = SanctionSubtype.COUNTER_SANCTION;
                generic = false;
            }
            // Chinese states the time before the action ("2019年10月，美国商务部…将…列入"): a date in a later
            // clause belongs to what follows ("受…影响，华为去年营收下滑").
            int dateLimit = sentence.start() + (clauses ? scope[1] : text.length());
            DateMention date = date(folded, context.datesIn(sentence).stream().filter(d -> d.end() <= dateLimit).toList(),
                    sentence.start() + scope[0], sentence.start() + scope[1]);
            String modality = Cues.modality(reported, text, scope[0], match.end());
            found.add(new Candidate(index, sentence, subtype, generic, filterTargets(targets, authority, subtype),
                    authority.authority(), authority.named(), date, modality));
        }
        return found;
    }

    private static boolean has(List<TriggerLexicon.Match> matches, SanctionSubtype subtype) {
        return matches.stream().anyMatch(m -> m.subtype() == subtype);
    }

    /** The clause of a Chinese sentence holding the trigger: between clause punctuation. */
    private static int[] clause(String text, TriggerLexicon.Match match) {
        int start = match.start();
        while (start > 0 && !Cues.isClauseEnd(text.charAt(start - 1))) {
            start--;
        }
        int end = match.end();
        while (end < text.length() && !Cues.isClauseEnd(text.charAt(end))) {
            end++;
        }
        return new int[]{start, end};
    }

    /** Organisations of the sentence that stand in no clause of a trigger of another kind. */
    private static List<EntityMention> targetsOutsideOtherClauses(List<EntityMention> mentions, Sentence sentence, String text,
                                                           List<TriggerLexicon.Match> matches, TriggerLexicon.Match own) {
        List<int[]> others = matches.stream().filter(m -> m.subtype() != own.subtype() || m.generic() != own.generic())
                .map(m -> clause(text, m)).toList();
        Predicate<EntityMention> free = m -> others.stream().noneMatch(c ->
                m.start() >= sentence.start() + c[0] && m.end() <= sentence.start() + c[1]);
        return targetsIn(mentions.stream().filter(free).toList(), sentence.start(), sentence.end());
    }

    /** The organisations listed after the sentence: "其中包括…", "among them…", or list items after a colon. */
    private static List<EntityMention> listThatFollows(ArticleContext context, String folded, int index) {
        List<Sentence> sentences = context.sentences();
        int from = index + 1;
        int to = from;
        if (Cues.endsWithColon(sentences.get(index).text())) {
            while (to < sentences.size() && Cues.isListItem(sentences.get(to).text())) {
                to++;
            }
        } else if (from < sentences.size()) {
            String next = folded.substring(sentences.get(from).start(), sentences.get(from).end());
            if (Cues.continuesWithList(next) && TriggerLexicon.find(next).stream().allMatch(TriggerLexicon.Match::generic)) {
                to = from + 1;
            }
        }
        if (to == from) {
            return List.of();
        }
        return targetsIn(context.mentions(), sentences.get(from).start(), sentences.get(to - 1).end());
    }

    /**
     * "The telecom giant", "das Unternehmen", 该公司: the last organisation named in the sentences before; "the five
     * companies", 上述企业: all organisations of the nearest sentence before that names some.
     */
    private static List<EntityMention> referredBack(ArticleContext context, int index, boolean plural) {
        for (int i = index - 1; i >= Math.max(0, index - ANAPHORA_REACH); i--) {
            Sentence before = context.sentences().get(i);
            List<EntityMention> named = targetsIn(context.mentionsIn(before), before.start(), before.end());
            if (!named.isEmpty()) {
                return plural ? named : List.of(named.get(named.size() - 1));
            }
        }
        return List.of();
    }

    private static List<EntityMention> targetsIn(List<EntityMention> mentions, int start, int end) {
        Map<String, EntityMention> targets = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            if (m.start() >= start && m.end() <= end && isTargetable(m)) {
                targets.putIfAbsent(m.entityId(), m);
            }
        }
        return List.copyOf(targets.values());
    }

    private static boolean isTargetable(EntityMention mention) {
        return Entity.COMPANY.equals(mention.kind()) || Entity.ORGANIZATION.equals(mention.kind());
    }

    private record AuthorityChoice(Authority authority, boolean named, String entityId) {
    }

    /**
     * The authority of a trigger. Sanctions fall on foreign organisations, so an authority of the targets' own
     * country ("中国政府机构" among the listed, "federal agencies" barred from buying) is passed over while another
     * is named.
     */
    private AuthorityChoice authority(List<EntityMention> mentions, int triggerStart, TriggerLexicon.Match match,
                                      List<EntityMention> targets) {
        boolean retail = match.subtype() == SanctionSubtype.RETAIL_DELISTING;
        Predicate<EntityMention> isRetailer = m -> gazetteer.entity(m.entityId())
                .map(e -> e.hasRole(Entity.RETAILER)).orElse(false);
        Predicate<EntityMention> isAuthority = m -> Entity.AUTHORITY.equals(m.kind());
        Set<String> targetCountries = targets.stream().map(EntityMention::country).filter(c -> c != null)
                .collect(java.util.stream.Collectors.toSet());
        Predicate<EntityMention> foreign = m -> m.country() == null || !targetCountries.contains(m.country())
                || targetCountries.size() > 1;
        Optional<EntityMention> named = retail ? nearest(mentions, isRetailer, triggerStart) : Optional.empty();
        if (named.isEmpty()) {
            named = nearest(mentions, isAuthority.and(foreign), triggerStart)
                    .or(() -> nearest(mentions, isAuthority, triggerStart));
        }
        if (named.isPresent()) {
            return new AuthorityChoice(authorityOf(named.get().entityId()), true, named.get().entityId());
        }
        String implied = match.trigger().defaultAuthority();
        if (implied != null && gazetteer.entity(implied).isPresent()) {
            return new AuthorityChoice(authorityOf(implied), false, implied);
        }
        boolean nounTrigger = Cues.startsWithNoun(match.text());
        return mentions.stream()
                .filter(m -> Entity.COUNTRY.equals(m.kind()) && m.end() <= triggerStart)
                .filter(m -> !(nounTrigger && triggerStart - m.end() <= MODIFIER_GAP))
                .findFirst()
                .flatMap(m -> gazetteer.entity(m.entityId()))
                .map(Entity::government)
                .filter(id -> gazetteer.entity(id).isPresent())
                .map(id -> new AuthorityChoice(authorityOf(id), false, id))
                .orElse(new AuthorityChoice(null, false, null));
    }

    /**
     * The nearest matching mention before the trigger, else the nearest after its start (inside a trigger that
     * spans a German verb bracket, "widerrief Washington zudem Lizenzen", or after it).
     */
    private static Optional<EntityMention> nearest(List<EntityMention> mentions, Predicate<EntityMention> accept,
                                                   int triggerStart) {
        Optional<EntityMention> before = mentions.stream().filter(accept).filter(m -> m.end() <= triggerStart)
                .max(Comparator.comparingInt(EntityMention::end));
        return before.isPresent() ? before : mentions.stream().filter(accept).filter(m -> m.start() >= triggerStart)
                .min(Comparator.comparingInt(EntityMention::start));
    }

    private Authority authorityOf(String id) {
        Entity entity = gazetteer.entity(id).orElseThrow();
        return new Authority(entity.id(), entity.name(), entity.country());
    }

    private List<EntityMention> filterTargets(List<EntityMention> targets, AuthorityChoice authority,
                                              SanctionSubtype subtype) {
        List<EntityMention> kept = targets.stream()
                .filter(t -> !t.entityId().equals(authority.entityId()))
                .filter(t -> subtype != SanctionSubtype.RETAIL_DELISTING || gazetteer.entity(t.entityId())
                        .map(e -> !e.hasRole(Entity.RETAILER)).orElse(true))
                .toList();
        String country = authority.authority() == null ? null : authority.authority().country();
        if (country != null) {
            return kept.stream().filter(t -> !country.equals(t.country())).toList();
        }
        List<EntityMention> chinese = kept.stream().filter(t -> CHINA.contains(t.country())).toList();
        return chinese.isEmpty() ? kept : chinese;
    }

    /**
     * The first resolved date of the clause, else of the sentence. "Now" (目前, currently) and deadlines ("by 2027",
     * "bis 2026", "到2025年") date no action.
     */
    private static DateMention date(String folded, List<DateMention> dates, int scopeStart, int scopeEnd) {
        List<DateMention> usable = dates.stream()
                .filter(d -> !DateFinder.refersToPresent(d) && !Cues.isDeadline(folded, d.start())).toList();
        return usable.stream().filter(d -> d.start() >= scopeStart && d.end() <= scopeEnd && d.isResolved()).findFirst()
                .or(() -> usable.stream().filter(DateMention::isResolved).findFirst())
                .orElse(null);
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    // ------------------------------------------------------------------ merging restatements

    /**
     * Specific mentions with targets first (same subtype, shared target, compatible date); then specific
     * mentions without targets join the nearest event of their subtype; then generic mentions join the
     * nearest specific event they share a target with, else a specific event that names no target within two
     * sentences ("… a decree that bars investors from buying the shares of 31 companies. On the list are …"),
     * else the nearest generic one, or stand alone.
     */
    private static List<EventCluster> merge(List<Candidate> candidates) {
        List<EventCluster> clusters = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.generic() && !c.targets().isEmpty()) {
                join(clusters, c, k -> !k.isGeneric() && k.subtype() == c.subtype() && k.sharesTargetWith(c));
            }
        }
        for (Candidate c : candidates) {
            if (!c.generic() && c.targets().isEmpty()) {
                join(clusters, c, k -> !k.isGeneric() && k.subtype() == c.subtype());
            }
        }
        for (Candidate c : candidates) {
            if (c.generic() && !c.targets().isEmpty()) {
                boolean joined = tryJoin(clusters, c, k -> !k.isGeneric() && k.sharesTargetWith(c))
                        || tryJoin(clusters, c, k -> !k.isGeneric() && k.targets().isEmpty()
                        && k.distance(c) <= TARGETLESS_REACH);
                if (!joined) {
                    join(clusters, c, k -> k.sharesTargetWith(c));
                }
            }
        }
        absorbGenericClusters(clusters);
        return clusters;
    }

    /**
     * A generic cluster that shares a target with a specific event once all mentions are placed ("iFlytek …
     * are also listed" before the full list arrives) becomes part of it; repeated until nothing moves.
     */
    private static void absorbGenericClusters(List<EventCluster> clusters) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (EventCluster generic : List.copyOf(clusters)) {
                if (!generic.isGeneric()) {
                    continue;
                }
                Optional<EventCluster> host = clusters.stream()
                        .filter(k -> !k.isGeneric() && k.sharesTargetWith(generic) && k.acceptsDate(generic))
                        .findFirst();
                if (host.isPresent()) {
                    host.get().absorb(generic);
                    clusters.remove(generic);
                    moved = true;
                }
            }
        }
    }

    private static boolean tryJoin(List<EventCluster> clusters, Candidate candidate, Predicate<EventCluster> fits) {
        Optional<EventCluster> nearest = clusters.stream().filter(fits).filter(k -> k.acceptsDate(candidate))
                .min(Comparator.comparingInt(k -> k.distance(candidate)));
        nearest.ifPresent(k -> k.add(candidate));
        return nearest.isPresent();
    }

    private static void join(List<EventCluster> clusters, Candidate candidate, Predicate<EventCluster> fits) {
        if (!tryJoin(clusters, candidate, fits)) {
            clusters.add(new EventCluster(candidate));
        }
    }

    /**
     * Whether a cluster states an event: who did what to whom. Only "sanctions" with no specific event to join
     * need the sentence to name who imposed them ("despite US sanctions" is background, "拜登政府…制裁" is news);
     * other measures need an authority (named, implied or a country as actor), except retail delistings; a
     * measure against no named organisation needs a named authority and a date.
     */
    private static boolean worthReporting(EventCluster cluster) {
        Authority authority = cluster.authority();
        if (cluster.subtype() == SanctionSubtype.OTHER && authority == null) {
            return false;
        }
        if (cluster.isGeneric() && !cluster.authorityNamed()) {
            return false;
        }
        if (authority == null && cluster.subtype() != SanctionSubtype.RETAIL_DELISTING) {
            // "export restrictions had little effect on TSMC": nobody imposes anything here. Retailers are too
            // many to know, so a delisting may stand without a known one.
            return false;
        }
        return !cluster.targets().isEmpty() || (cluster.authorityNamed() && cluster.date() != null);
    }

    // ------------------------------------------------------------------ the record

    private static SanctionEvent toEvent(Article article, EventCluster cluster) {
        Sentence sentence = cluster.primary().sentence();
        List<Target> targets = cluster.targets().stream()
                .map(m -> new Target(m.entityId(), m.name(), m.matchedText())).toList();
        List<String> targetIds = targets.stream().map(Target::id).toList();
        String subtype = cluster.subtype().name();
        DateMention date = cluster.date();
        String eventDate = date == null ? null : date.value();
        Authority authority = cluster.authority();
        String modality = cluster.modality();
        return new SanctionEvent(SanctionEvent.SCHEMA,
                Ids.eventId(article.id(), Event.TYPE_SANCTION, subtype, targetIds, eventDate, sentence.start()),
                Ids.canonicalEventKey(Event.TYPE_SANCTION, subtype, authority == null ? null : authority.id(),
                        targetIds, eventDate),
                Event.TYPE_SANCTION, subtype, article.id(), article.url(), article.language(), article.publishedAt(),
                eventDate, date == null ? null : date.precision().label(), targets,
                new Evidence(sentence.text(), sentence.start(), sentence.end()),
                confidence(cluster, modality), VERSION, authority, modality);
    }

    /** A rough score: specific wording, a named authority, a date and restatements raise it; hedges lower it. */
    private static double confidence(EventCluster cluster, String modality) {
        double score = cluster.isGeneric() ? 0.5 : 0.7;
        score += cluster.authorityNamed() ? 0.1 : 0;
        score += cluster.date() != null ? 0.05 : 0;
        score += cluster.size() > 1 ? 0.05 : 0;
        score -= SanctionEvent.REPORTED.equals(modality) ? 0.1 : 0;
        score -= cluster.targets().isEmpty() ? 0.1 : 0;
        return Math.round(Math.max(0.1, Math.min(0.95, score)) * 100) / 100.0;
    }
}
