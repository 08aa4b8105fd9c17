package io.eventwire.processor.extract.sanction;

import io.eventwire.contracts.record.SanctionEvent;

import io.eventwire.processor.text.GatedAlternations;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words around a trigger that change what it means, in Chinese, English and German: hedges (the measure is
 * only reported), plans and threats, negation, the start of a list of targets, and descriptions that refer
 * back to a company named before ("the telecom giant", "das Unternehmen", 该公司). All run on folded text.
 */
final class Cues {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    /** Unconfirmed: media reports, unnamed sources, rumours. */
    static final GatedAlternations REPORTED = gated(
            "\\breportedly\\b|\\baccording to (?:people|sources|a person|persons|insiders|reports?|media|two people|three people|officials familiar)"
                    + "|\\bfamiliar with the (?:matter|plans?|discussions?|situation)\\b|\\bsources (?:said|say|told|close)\\b"
                    + "|\\b(?:is|are|was|were) said to\\b|\\brumou?r(?:s|ed)?\\b|\\bunconfirmed\\b|\\bunnamed (?:officials|sources)\\b"
                    + "|\\bBerichten zufolge\\b|\\blaut (?:einem |übereinstimmenden )?(?:Bericht|Berichten|Medienberichten|Insidern)\\b|\\bInsidern zufolge\\b"
                    + "|\\bangeblich\\b|\\b(?:soll|sollen)\\b(?!\\s+(?:nun|künftig))|\\bGerüchte?n?\\b"
                    + "|据.{0,25}报[道导]|据报[道导]|报[道导]称|援引|知情人士|消息人士|传言|传闻|据悉|据传");

    /** Words that make a news outlet named in the sentence its source ("the Washington Post reported that"). */
    private static final Pattern REPORT_VERB = Pattern.compile(
            "\\b(?:reported|reports|reporting|according to|citing|cited|said|says|wrote)\\b|\\bberichte\\w*|\\bzufolge\\b"
                    + "|\\blaut\\b|\\bmeldet\\w*|\\bschreibt\\b|报道|报导|援引|消息称|称", FLAGS);

    /** Not done yet: proposed, prepared, considered, threatened, conditional. */
    static final GatedAlternations PLANNED = gated(
            "\\b(?:plan|plans|planned|planning) to\\b|\\bprepar(?:e|es|ed|ing) (?:to|new|further|for)\\b|\\bpreparing\\b"
                    + "|\\bconsider(?:s|ed|ing)?\\b|\\bweigh(?:s|ing)?\\b|\\bmull(?:s|ed|ing)?\\b|\\bthreaten(?:s|ed|ing)?\\b"
                    + "|\\bpropos(?:e|es|ed|ing|al)\\b|\\bdraft\\b|\\b(?:could|might|would|may)\\b|\\bis set to\\b|\\bintends? to\\b|\\bpossible\\b"
                    + "|\\bif\\b|\\bwill\\b|\\berwäg\\w*|\\bprüf(?:t|en)\\b|\\bplan(?:t|en)\\b|\\bgeplant\\w*|\\bdroh(?:t|en)\\b|\\b(?:will|wollen)\\b"
                    + "|\\bkönnte(?:n)?\\b|\\bkann\\b|\\bkönnen\\b|\\bwürde(?:n)?\\b|\\bVorschlag\\b|\\bvorgeschlagen\\b|\\bbeabsichtig\\w*|\\bwenn\\b|\\bfalls\\b"
                    + "|\\bmögliche\\w*|拟|准备|考虑|计划|酝酿|或将|可能|威胁|提议|打算|有意|将要|一旦|如果|倘若");

    /** A negation standing just before a trigger ("was not added to", "未被列入", "nicht auf die Liste"). */
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|never|no|neither|nor|wasn't|weren't|isn't|aren't|hasn't|haven't|hadn't|didn't|won't|nicht|kein\\w*|nie|niemals)\\b"
                    + "|未|没有|没|并未|尚未|不会|从未", FLAGS);

    /** How far before a trigger a negation still negates it, in characters (Han: fewer, denser), within the clause. */
    private static final int NEGATION_REACH = 40;
    private static final int NEGATION_REACH_HAN = 8;

    /** A sentence that continues the previous one with its list of targets. */
    private static final Pattern LIST_CONTINUATION = Pattern.compile(
            "^\\W{0,3}(?:其中|包括|包含|分别是|分别为|名单包括|涉及的?企业|among (?:them|those|the companies)|they include|these include"
                    + "|those include|including|namely|the companies (?:are|include)|darunter|dazu gehören|betroffen sind|unter ihnen"
                    + "|zu ihnen gehören)", FLAGS);

    /** A list item line: a bullet or a number. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[•·▪●◦‣*\\-–—]|\\d{1,3}[.)])\\s*");

    /** Several companies named before: "the five companies", "both firms", "die beiden Unternehmen", 上述企业. */
    private static final String PLURAL = "\\b(?:the|these|those|both|all)\\s+(?:[\\w-]+\\s+){0,2}?(?:companies|firms|groups|makers|manufacturers|vendors|suppliers|entities)\\b"
            + "|\\b(?:die|diese|beide[n]?|alle)\\s+(?:[\\wäöüß-]+\\s+){0,2}?[\\wäöüß-]*(?:unternehmen|konzerne|hersteller|firmen)\\b"
            + "|上述(?:两家|几家|\\d+家)?(?:企业|公司|实体)|这(?:两|几|些)家?(?:企业|公司)|这些(?:企业|公司|实体)";
    private static final Pattern PLURAL_ANAPHOR = Pattern.compile(PLURAL, FLAGS);

    /** A description of a company (or, {@link #PLURAL}, of companies) named before. */
    private static final Pattern ANAPHOR = Pattern.compile(
            "\\b(?:the|this|that)\\s+(?:[\\w'-]+\\s+){0,4}?(?:company|firm|giant|group|maker|manufacturer|vendor|supplier|provider|conglomerate|startup|champion)\\b"
                    + "|\\b(?:das|dem|des|der|den|die|dieses|diesem|dieser)\\s+(?:[\\wäöüß-]+\\s+){0,3}?[\\wäöüß-]*(?:unternehmen|konzern|hersteller|firma|gruppe)s?\\b"
                    + "|该公司|该企业|该集团|这家公司|这家企业|此公司|该厂商|这家厂商|" + PLURAL, FLAGS);


    /** Words that make the date after them a deadline: "by 2027", "bis Ende 2026", "到2025年", "until March". */
    private static final Pattern DEADLINE = Pattern.compile(
            "(?:\\b(?:by|until|till|before|no later than|bis|bis zum|bis Ende|spätestens)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?|(?:到|至|截至|之前|以前)\\s*)$",
            FLAGS);
    private static final int DEADLINE_LOOKBACK = 20;

    /** Trigger words that are nouns: a country right before them is their modifier, not an actor. */
    private static final Pattern NOUN_HEAD = Pattern.compile(
            "^(?:(?i:exports?|sanctions?|restrictions?|controls?|curbs?|bans?|blacklist|entity|trade|investment|procurement"
                    + "|purchase|asset|equipment|licen[cs]e)\\b|\\p{Lu}\\p{Ll}|出口|制裁|禁令|实体清单|黑名单|限制措施|投资|采购)");

    private Cues() {
    }

    /**
     * A cue list of a dozen or more ways of saying it, asked whether it occurs at all: gated branch by branch,
     * since every trigger sentence asks, and a whole pattern tries every branch at every position.
     */
    private static GatedAlternations gated(String regex) {
        return GatedAlternations.of(List.of(Pattern.compile(regex, FLAGS)));
    }

    /** Whether a trigger as written starts with a noun ("export controls", "Exportverbot", 出口管制), not a verb. */
    static boolean startsWithNoun(String trigger) {
        return NOUN_HEAD.matcher(trigger).find();
    }

    /** Whether the date expression at {@code start} of {@code folded} is a deadline rather than when a thing happened. */
    static boolean isDeadline(String folded, int start) {
        return DEADLINE.matcher(folded.substring(Math.max(0, start - DEADLINE_LOOKBACK), start)).find();
    }

    /**
     * {@code reported} over {@code planned} over {@code actual}. A hedge anywhere in the sentence covers the whole
     * report ("据…报道，…", "…, according to people familiar"), and so does a news outlet named as source ("the
     * Washington Post reported that", {@code namesOutlet}); a plan only counts from the start of the trigger's
     * clause to the trigger's end ("erwägt ein Exportverbot", "准备对…实施制裁"): "which could hurt sales" after
     * a done measure does not make it planned.
     */
    static String modality(String foldedSentence, int scopeStart, int triggerEnd, boolean namesOutlet) {
        return modality(isReported(foldedSentence, namesOutlet), foldedSentence, scopeStart, triggerEnd);
    }

    /**
     * {@link #modality(String, int, int, boolean)} with the sentence-wide part ({@link #isReported}) computed once
     * per sentence by the caller: it does not depend on the trigger.
     */
    static String modality(boolean reported, String foldedSentence, int scopeStart, int triggerEnd) {
        if (reported) {
            return SanctionEvent.REPORTED;
        }
        return PLANNED.anyMatch(foldedSentence.substring(scopeStart, triggerEnd))
                ? SanctionEvent.PLANNED : SanctionEvent.ACTUAL;
    }

    /** Whether a hedge, or a news outlet named as source ({@code namesOutlet}) with a report verb, covers the sentence. */
    static boolean isReported(String foldedSentence, boolean namesOutlet) {
        return REPORTED.anyMatch(foldedSentence) || namesOutlet && REPORT_VERB.matcher(foldedSentence).find();
    }

    /** Whether a negation stands in {@code folded} shortly before {@code triggerStart}, in the same clause. */
    static boolean negated(String folded, int triggerStart) {
        boolean han = triggerStart > 0
                && Character.UnicodeScript.of(folded.charAt(triggerStart - 1)) == Character.UnicodeScript.HAN;
        int reach = han ? NEGATION_REACH_HAN : NEGATION_REACH;
        int from = triggerStart;
        while (from > 0 && triggerStart - from < reach && !isClauseEnd(folded.charAt(from - 1))) {
            from--;
        }
        return NEGATION.matcher(folded.substring(from, triggerStart)).find();
    }

    /** Punctuation that ends a clause (a list comma 、 does not). */
    static boolean isClauseEnd(char c) {
        return c == ',' || c == ';' || c == ':' || c == '，' || c == '；' || c == '：' || c == '。';
    }

    static boolean continuesWithList(String foldedSentence) {
        return LIST_CONTINUATION.matcher(foldedSentence).find();
    }

    static boolean isListItem(String sentence) {
        return LIST_ITEM.matcher(sentence).find();
    }

    static boolean endsWithColon(String sentence) {
        String trimmed = sentence.strip();
        return trimmed.endsWith(":") || trimmed.endsWith("：");
    }

    static boolean hasAnaphor(String foldedSentence) {
        return ANAPHOR.matcher(foldedSentence).find();
    }

    static boolean hasPluralAnaphor(String foldedSentence) {
        return PLURAL_ANAPHOR.matcher(foldedSentence).find();
    }
}
