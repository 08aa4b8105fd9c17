package io.eventwire.processor.normalize.text;

import io.eventwire.processor.normalize.meta.PublicationDate;
import io.eventwire.processor.text.PatternGate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraph-level boilerplate that survives structural extraction, or that plain-text sources carry with
 * them: advertising labels, newsletter and follow-us prompts, share prompts, print-edition notes, publishers'
 * disclaimers, related-story labels and lists, bylines and datelines above the text, and headline-like
 * fragments left dangling at the end of the text.
 *
 * <p>The cue patterns read a paragraph as {@link CueText} gives it (lower case), so they are written in lower
 * case and compiled without case-insensitive flags (see {@link CueText} for why that finds the same). The rest
 * reads the paragraph as written, which answers as the cue text would: lower-casing maps letters and digits to
 * letters and digits and {@link CueText} trims only chars that weigh nothing, so both weigh the same; and the
 * cue gate folds each char as it folds the char's lower case, so it finds in the paragraph every literal it
 * would find in the cue text (tests check both on every char).
 */
public final class BoilerplateParagraphs {

    /** Paragraphs that are only an advertising or navigation label, in the languages the pipeline reads. */
    private static final List<String> LABELS = List.of(
            "advertisement", "advertising", "sponsored", "sponsored content", "ad", "ads", "werbung", "anzeige",
            "publicité", "publicidad", "pubblicità", "reklama", "реклама", "广告", "廣告", "推广", "skip advertisement",
            "continue reading", "read more", "learn more", "mehr erfahren", "weiterlesen", "share", "teilen", "分享",
            "share this article", "share this", "print", "drucken", "email", "e-mail", "comments", "kommentare",
            "related", "related articles", "related stories", "verwandte artikel", "相关文章", "相关阅读", "推荐阅读",
            "back to top", "nach oben", "返回顶部", "more", "see also", "you may also like", "you might also like",
            "recommended", "most read", "most popular", "top stories", "lesen sie auch", "mehr zum thema",
            "das könnte sie auch interessieren", "猜你喜欢", "延伸阅读", "更多");
    /** A paragraph that is only one of the {@link #LABELS}. */
    private static final Pattern LABEL = Pattern.compile("(" + String.join("|", LABELS) + ")");
    /** A longer paragraph is no label: most paragraphs are told so without trying every label at their start. */
    private static final int LONGEST_LABEL = LABELS.stream().mapToInt(String::length).max().orElseThrow();

    /** The heading of a block of links to other stories: "More Great Stories", "Weitere Artikel". */
    private static final Pattern SECTION_LABEL = Pattern.compile(
            "(related|more|recommended|popular|latest|top|further|other|weitere|mehr|ähnliche|相关|更多|推荐|热门)"
                    + "\\b.{0,40}(stories|articles|news|posts|reading|reads|links|videos|artikel|nachrichten|"
                    + "beiträge|themen|文章|阅读|新闻|推荐)");

    /** "Related: Another Story's Headline", the label and a link's text. */
    private static final Pattern LABELLED_TEASER = Pattern.compile(
            "^(related|see also|read more|read also|also read|more|watch|listen|lesen sie auch|mehr zum thema|"
                    + "siehe auch|相关阅读|延伸阅读|推荐阅读)\\s*[:：]\\s*\\S");

    /** The start of a byline or dateline: "By Jane Roe", "Posted on May 3, 2019", "Publicado por". */
    private static final Pattern BYLINE_START = Pattern.compile(
            "^(by|von|par|por|posted|published|updated|publicado|veröffentlicht|aktualisiert|发布|作者|来源)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A numeric date in any order of day, month and year: 05/10/2018, 2018-10-05, 5.10.18. */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2}[./-]\\d{1,2}[./-](\\d{4}|\\d{2})|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2})(?!\\d)");

    /** Phrases that only prompts to sign up, follow or share, and publishing notes, use. */
    private static final Pattern STRONG_CUE = Pattern.compile(
            "sign up|signup|newsletter|e-?mail address|follow us|share (this|on|it)|click here|subscribe to|"
                    + "like us on|follow \\S+ on (twitter|facebook|instagram|youtube)|"
                    + "download (our|the) app|print edition|all rights reserved|copyright (©|\\d{4})|©|"
                    + "terms of (use|service)|(views|opinions) expressed|do not necessarily (reflect|represent)|"
                    + "privacy policy|cookie policy|use of cookies|anmelden|anmeldung|abmelden|e-mail-adresse|"
                    + "folgen sie uns|auf dem laufenden|nutzungsbedingungen|datenschutzerklärung|"
                    + "alle rechte vorbehalten|关注我们|扫码|二维码|版权所有|未经授权|禁止转载|转载请注明");

    /** Words prompts use, but that articles use as well: they count only beside another cue. */
    private static final Pattern WEAK_CUE = Pattern.compile(
            "subscribe|subscription|podcast|download|sign in|log in|register|abonnieren|订阅|登录");

    /**
     * Most paragraphs hold none of the counted cues' words, and a regular expression tries each of its
     * alternatives at every position; one pass for the literals the cues need tells which cue can match at all.
     */
    private static final PatternGate COUNTED_CUE_GATE = PatternGate.of(countedCues());

    /** A paragraph this short is a prompt with one strong cue; a longer one needs two cues. */
    static final int SHORT_PROMPT = 160;
    /** Bylines and datelines are shorter than this (weighted characters); prose paragraphs are longer. */
    private static final int BYLINE = 80;
    private static final int SECTION_LABEL_LENGTH = 60;

    private BoilerplateParagraphs() {
    }

    /** The patterns that read {@link CueText}: for the test that proves them equal to case-insensitive matching. */
    static List<Pattern> cuePatterns() {
        return List.of(LABEL, SECTION_LABEL, LABELLED_TEASER, STRONG_CUE, WEAK_CUE);
    }

    /** The cues that are counted, in the order of their indices in the gate's answer. */
    static List<Pattern> countedCues() {
        return List.of(STRONG_CUE, WEAK_CUE);
    }

    /**
     * {@code text} without boilerplate paragraphs (blank-line or line separated), trimmed. Above the first
     * paragraph of prose, bylines and datelines go as well ("Updated on: May 3, 2019 / 10:07 AM").
     */
    public static String strip(String text) {
        List<String> kept = new ArrayList<>();
        boolean inProse = false;
        boolean inLinkList = false;
        boolean afterSectionLabel = false;
        for (String paragraph : text.split("\n")) {
            String trimmed = paragraph.strip();
            if (trimmed.isEmpty()) {
                kept.add("");
                inLinkList = false;
                continue;
            }
            if (afterSectionLabel) {
                // The list under a "More stories" label: its lines follow one another without blank lines.
                inLinkList = true;
                afterSectionLabel = false;
            }
            CueParagraph cue = new CueParagraph(trimmed);
            if (isSectionLabel(cue)) {
                afterSectionLabel = true;
                continue;
            }
            if (inLinkList || isBoilerplate(cue) || !inProse && isByOrDateline(trimmed)) {
                continue;
            }
            inProse |= isProse(trimmed);
            kept.add(paragraph.stripTrailing());
        }
        dropDanglingEnd(kept);
        return atMostOneBlankLine(String.join("\n", kept)).strip();
    }

    /**
     * {@code text} with each run of three or more newlines cut to two, as {@code replaceAll("\n{3,}", "\n\n")}
     * did; that expression was tried at every char of every article, the search for three newlines is one pass.
     */
    static String atMostOneBlankLine(String text) {
        int run = text.indexOf("\n\n\n");
        if (run < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (run >= 0) {
            int end = run + 3;
            while (end < text.length() && text.charAt(end) == '\n') {
                end++;
            }
            out.append(text, copied, run).append("\n\n");
            copied = end;
            run = text.indexOf("\n\n\n", end);
        }
        return out.append(text, copied, text.length()).toString();
    }

    static boolean isBoilerplate(String paragraph) {
        return isBoilerplate(new CueParagraph(paragraph));
    }

    private static boolean isBoilerplate(CueParagraph paragraph) {
        // Every label weighs less than a short prompt: a longer paragraph is neither a label nor a teaser.
        boolean isShort = TextMeasure.weighsLessThan(paragraph.text(), SHORT_PROMPT);
        if (isShort && (isLabel(paragraph.cueText()) || LABELLED_TEASER.matcher(paragraph.cueText()).lookingAt())) {
            return true;
        }
        BitSet mayMatch = COUNTED_CUE_GATE.candidates(paragraph.text());
        int strong = mayMatch.get(0) ? count(STRONG_CUE, paragraph.cueText()) : 0;
        return strong > 0 && (isShort
                || strong + (mayMatch.get(1) ? count(WEAK_CUE, paragraph.cueText()) : 0) >= 2);
    }

    private static int count(Pattern cue, String text) {
        int count = 0;
        Matcher matcher = cue.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** A heading over links to other stories: "Related", "More Great Stories", "相关阅读". */
    static boolean isSectionLabel(String paragraph) {
        return isSectionLabel(new CueParagraph(paragraph));
    }

    private static boolean isSectionLabel(CueParagraph paragraph) {
        return TextMeasure.weighsLessThan(paragraph.text(), SECTION_LABEL_LENGTH)
                && !TextMeasure.endsLikeSentence(paragraph.text())
                && (SECTION_LABEL.matcher(paragraph.cueText()).lookingAt() || isLabel(paragraph.cueText()));
    }

    /** Whether {@code lower} is only a label: {@link #LABEL} matches it whole. */
    static boolean isLabel(String lower) {
        return lower.length() <= LONGEST_LABEL && LABEL.matcher(lower).matches();
    }

    private static boolean isProse(String paragraph) {
        return TextMeasure.endsLikeSentence(paragraph) && !TextMeasure.weighsLessThan(paragraph, BYLINE);
    }

    /** A short line, not a sentence, that names an author or a date: the article's metadata, not its text. */
    private static boolean isByOrDateline(String paragraph) {
        return TextMeasure.weighsLessThan(paragraph, BYLINE) && !TextMeasure.endsLikeSentence(paragraph)
                && (BYLINE_START.matcher(paragraph).lookingAt() || NUMERIC_DATE.matcher(paragraph).find()
                || PublicationDate.parse(paragraph).isPresent());
    }

    /**
     * A heading or label with nothing after it is not text: the article ended above it. Only single-line
     * paragraphs go; a list (lines without blank lines between them) ending the article is content.
     */
    private static void dropDanglingEnd(List<String> lines) {
        while (!lines.isEmpty()) {
            int last = lines.size() - 1;
            String line = lines.get(last).strip();
            boolean alone = last == 0 || lines.get(last - 1).isBlank();
            if (line.isEmpty() || alone && !TextMeasure.endsLikeSentence(line)
                    && TextMeasure.weighsLessThan(line, SHORT_PROMPT)) {
                lines.remove(last);
            } else {
                return;
            }
        }
    }
}
