package io.eventwire.processor.extract.date;

import io.eventwire.processor.extract.text.TextFold;
import io.eventwire.processor.text.PatternGate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in Chinese, English and German and resolves them.
 *
 * <p>Absolute forms ("Oct. 9, 2019", "October 2019", "9. Oktober 2019", "2019年10月9日", "2019年10月", "2019年",
 * "in 2018") stand alone. Relative forms resolve against the article's publication date:
 * <ul>
 *   <li>a day or month without a year ("5月5日", "Oct. 9", "in May") is the latest one at most a month after
 *       publication: the publication year, or the year before for a date that would lie further ahead;</li>
 *   <li>a weekday ("on Monday", "am Montag", "周一") is the latest such day on or before publication;</li>
 *   <li>"yesterday", "last month", "this year", "去年", "im vergangenen Jahr"… shift by their unit;</li>
 *   <li>spans — "last week", "Anfang dieser Woche", "上周", and "recently" / "近日" / "前不久" / "kürzlich", read as
 *       the two weeks before publication — resolve to the smallest month or year that holds the whole span,
 *       and to nothing when no month or year does: a span across a year end has no honest date.</li>
 * </ul>
 * Without a publication date every relative form is found but unresolved (null), never guessed. Offsets refer
 * to the text searched; overlapping expressions resolve to the longest.
 */
public final class DateFinder {

    /**
     * How far after publication a day or month without a year may lie: news reports what happened, and what is
     * announced comes within weeks ("takes effect March 1"), so "on September 25" in February is last September.
     */
    static final int FUTURE_DAYS = 31;

    /** How far back "recently", "近日", "前不久", "kürzlich" reach. */
    static final int RECENT_DAYS = 14;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("januar", 1), Map.entry("jänner", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("februar", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("märz", 3), Map.entry("maerz", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juni", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12), Map.entry("dezember", 12), Map.entry("dez", 12));
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|okt|nov|dec|dez)\\.?";
    /** Month names as standalone words, capitalised: "may" the verb is not a month. */
    private static final String MONTH_WORD = "(January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)";
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("montag", DayOfWeek.MONDAY),
            Map.entry("dienstag", DayOfWeek.TUESDAY), Map.entry("mittwoch", DayOfWeek.WEDNESDAY),
            Map.entry("donnerstag", DayOfWeek.THURSDAY), Map.entry("freitag", DayOfWeek.FRIDAY),
            Map.entry("samstag", DayOfWeek.SATURDAY), Map.entry("sonntag", DayOfWeek.SUNDAY),
            Map.entry("一", DayOfWeek.MONDAY), Map.entry("二", DayOfWeek.TUESDAY), Map.entry("三", DayOfWeek.WEDNESDAY),
            Map.entry("四", DayOfWeek.THURSDAY), Map.entry("五", DayOfWeek.FRIDAY), Map.entry("六", DayOfWeek.SATURDAY),
            Map.entry("日", DayOfWeek.SUNDAY), Map.entry("天", DayOfWeek.SUNDAY));

    /** What a rule makes of a match, before offsets: a date and its precision, or null date when unresolvable. */
    private record Resolved(LocalDate date, DatePrecision precision, boolean relative) {
        static final Resolved UNRESOLVED = new Resolved(null, null, true);
    }

    /**
     * A rule, with the characters every match of its pattern contains ({@link #NEEDS_DIGIT}, {@link #NEEDS_NIAN},
     * {@link #NEEDS_YUE}): a text without them cannot match, so the pattern is not run on it. Only a mandatory
     * {@code \\d} (ASCII 0-9: no UNICODE_CHARACTER_CLASS) or a mandatory literal 年 / 月 (no case variants) counts.
     */
    private record Rule(Pattern pattern, int needs, BiFunction<Matcher, LocalDate, Resolved> resolve) {
    }

    private static final int NEEDS_NOTHING = 0;
    private static final int NEEDS_DIGIT = 1;
    private static final int NEEDS_NIAN = 2;
    private static final int NEEDS_YUE = 4;

    private static final int CI = Pattern.CASE_INSENSITIVE;
    /** Before a bare number: no digit, decimal mark or currency ("2,019", "$2020" are no years). */
    private static final String NOT_DIGIT_BEFORE = "(?<![\\d.,$€£¥/-])";
    private static final String NO_DIGIT_BEFORE = "(?<!\\d)";
    private static final String NOT_DIGIT_AFTER = "(?![\\d%])";

    private static final Pattern PRESENT = Pattern.compile("目前|当前|如今|(?:currently|derzeit|aktuell)", CI);

    private static final List<Rule> RULES = List.of(
            // --- absolute
            rule(NEEDS_DIGIT, "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", 0, (m, p) -> day(m.group(1), m.group(2), m.group(3))),
            rule(NEEDS_DIGIT, "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", CI,
                    (m, p) -> day(m.group(3), month(m.group(1)), m.group(2))),
            rule(NEEDS_DIGIT, "\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", CI,
                    (m, p) -> day(m.group(3), month(m.group(2)), m.group(1))),
            rule(NEEDS_DIGIT, "\\b" + MONTH + "\\s+(?:of\\s+)?(\\d{4})\\b", CI, (m, p) -> monthOf(m.group(2), month(m.group(1)))),
            rule(NEEDS_DIGIT | NEEDS_NIAN | NEEDS_YUE, NO_DIGIT_BEFORE + "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]", 0,
                    (m, p) -> day(m.group(1), m.group(2), m.group(3))),
            rule(NEEDS_DIGIT | NEEDS_NIAN | NEEDS_YUE, NO_DIGIT_BEFORE + "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月", 0, (m, p) -> monthOf(m.group(1), m.group(2))),
            rule(NEEDS_DIGIT | NEEDS_NIAN, NO_DIGIT_BEFORE + "((?:19|20)\\d{2})\\s*年", 0, (m, p) -> yearOf(m.group(1), 0)),
            rule(NEEDS_DIGIT, NOT_DIGIT_BEFORE + "\\b((?:19|20)\\d{2})\\b" + NOT_DIGIT_AFTER, 0, (m, p) -> yearOf(m.group(1), 0)),
            // --- a day or a month without a year: the publication year
            rule(NEEDS_DIGIT, "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b" + NOT_DIGIT_AFTER, CI,
                    (m, p) -> inPublicationYear(p, month(m.group(1)), m.group(2))),
            rule(NEEDS_DIGIT, "\\b(\\d{1,2})\\.\\s+" + MONTH_WORD + "\\b", 0, (m, p) -> inPublicationYear(p, month(m.group(2)), m.group(1))),
            rule(NEEDS_DIGIT | NEEDS_YUE, NO_DIGIT_BEFORE + "(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]", 0,
                    (m, p) -> inPublicationYear(p, Integer.parseInt(m.group(1)), m.group(2))),
            rule(NEEDS_DIGIT | NEEDS_NIAN | NEEDS_YUE, "(今年|去年|前年|明年)\\s*(\\d{1,2})\\s*月", 0,
                    (m, p) -> monthRelative(p, yearShift(m.group(1)), Integer.parseInt(m.group(2)))),
            rule(NEEDS_DIGIT | NEEDS_YUE, "(?<![\\d年])(\\d{1,2})\\s*月(?![\\d份])", 0,
                    (m, p) -> monthRelative(p, 0, Integer.parseInt(m.group(1)))),
            rule("\\b(?i:in|since|until|by|from|early|late|mid-?|end of|im|seit|bis|Anfang|Ende|Mitte)\\s+" + MONTH_WORD
                    + "(\\s+(?i:this|last|dieses|letzten|vergangenen)\\s+(?i:year|Jahres))?\\b(?!\\s+\\d)", 0,
                    (m, p) -> monthRelative(p, m.group(2) == null || m.group(2).contains("this")
                            || m.group(2).contains("dieses") ? 0 : -1, month(m.group(1)))),
            // --- weekdays: the latest on or before publication
            rule("\\b(?:on\\s+|last\\s+|am\\s+|letzten\\s+|vergangenen\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday"
                    + "|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\\b", 0,
                    (m, p) -> weekday(p, WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT)), 0)),
            rule("(上|本|这)?(?:周|星期|礼拜)([一二三四五六日天])", 0,
                    (m, p) -> weekday(p, WEEKDAYS.get(m.group(2)), "上".equals(m.group(1)) ? 1 : 0)),
            // --- days
            rule("\\b(?:yesterday|gestern)\\b|昨天|昨日", CI, (m, p) -> dayShift(p, -1)),
            rule("\\b(?:vorgestern)\\b|前天", CI, (m, p) -> dayShift(p, -2)),
            rule("\\b(?:today|heute)\\b|今天|今日|目前|当前|如今|\\b(?:currently|derzeit|aktuell)\\b", CI,
                    (m, p) -> dayShift(p, 0)),
            // --- weeks: spans
            rule("\\b(?:last|past|previous)\\s+week\\b|\\b(?:letzte[rn]?|vergangene[rn]?|vorige[rn]?)\\s+Woche\\b"
                    + "|上周|上星期|上个星期|上個星期", CI, (m, p) -> week(p, -1)),
            rule("\\b(?:earlier\\s+|later\\s+)?this\\s+week\\b|\\b(?:Anfang|Ende|Mitte)\\s+(?:dieser|der)\\s+Woche\\b"
                    + "|\\bdiese\\s+Woche\\b|\\bin\\s+dieser\\s+Woche\\b|本周|这周|這周|这个星期|本星期", CI,
                    (m, p) -> week(p, 0)),
            // --- months
            rule("\\b(?:last|past|previous)\\s+month\\b|\\b(?:letzten|vergangenen|vorigen)\\s+Monat(?:s)?\\b"
                    + "|\\bim\\s+Vormonat\\b|上个月|上月|上個月", CI, (m, p) -> monthShift(p, -1)),
            rule("\\b(?:earlier\\s+|later\\s+)?this\\s+month\\b|\\b(?:Anfang|Ende|Mitte)\\s+(?:dieses|des)\\s+Monats\\b"
                    + "|\\bdiesen\\s+Monat\\b|\\bin\\s+diesem\\s+Monat\\b|本月|这个月|這個月|月初", CI,
                    (m, p) -> monthShift(p, 0)),
            // --- years
            rule("\\b(?:last|past|previous)\\s+year\\b|\\ba\\s+year\\s+ago\\b|\\b(?:im\\s+)?(?:vergangenen|letzten|vorigen)\\s+"
                    + "Jahr(?:es)?\\b|\\b(?:vergangenes|letztes|voriges)\\s+Jahr\\b|\\bim\\s+Vorjahr\\b|去年", CI,
                    (m, p) -> yearShift(p, -1)),
            rule("\\b(?:earlier\\s+|later\\s+)?this\\s+year\\b|\\b(?:in\\s+)?diesem\\s+Jahr\\b|\\bdieses\\s+Jahr(?:es)?\\b"
                    + "|今年", CI, (m, p) -> yearShift(p, 0)),
            rule("\\bnext\\s+year\\b|\\bnächstes\\s+Jahr\\b|\\bim\\s+nächsten\\s+Jahr\\b|明年", CI, (m, p) -> yearShift(p, 1)),
            rule("前年", 0, (m, p) -> yearShift(p, -2)),
            // --- "recently": the two weeks before publication
            rule("\\b(?:recently|in\\s+recent\\s+(?:days|weeks)|kürzlich|jüngst|neulich|vor\\s+kurzem)\\b"
                    + "|近日|日前|前不久|不久前|近期|最近", CI, (m, p) -> recent(p)));

    /**
     * The rules' words ({@link PatternGate}): most sentences name no month, weekday or relative date; a rule that
     * starts with its words is tried only where they occur.
     */
    private static final PatternGate GATE = PatternGate.anchoring(patterns());

    /**
     * The date expressions of {@code text}, in text order.
     *
     * @param language    ISO 639-1; the rules of all three languages apply (Chinese text quotes English dates)
     * @param publishedOn the article's publication date, or null: relative expressions then stay unresolved
     */
    public List<DateMention> find(String text, String language, LocalDate publishedOn) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = TextFold.fold(text);
        List<DateMention> candidates = new ArrayList<>();
        int present = present(folded);
        PatternGate.Candidates gated = GATE.scan(folded);
        for (int i = 0; i < RULES.size(); i++) {
            Rule rule = RULES.get(i);
            if (!gated.contains(i) || (rule.needs() & present) != rule.needs()) {
                continue;
            }
            gated.forEachMatch(i, rule.pattern().matcher(folded), m -> {
                Resolved resolved = safely(rule, m, publishedOn);
                if (resolved != null) {
                    candidates.add(new DateMention(m.start(), m.end(), text.substring(m.start(), m.end()),
                            resolved.date(), resolved.date() == null ? null : resolved.precision(), resolved.relative()));
                }
            });
        }
        candidates.sort(Comparator.comparingInt((DateMention d) -> d.start() - d.end())
                .thenComparingInt(DateMention::start));
        List<DateMention> chosen = new ArrayList<>();
        for (DateMention candidate : candidates) {
            if (chosen.stream().noneMatch(c -> c.start() < candidate.end() && candidate.start() < c.end())) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(DateMention::start));
        return chosen;
    }

    /**
     * Whether {@code mention} only says "now" (目前, "currently", "derzeit"): the publication day, a fair date for a
     * figure quoted as current, no date for an action.
     */
    public static boolean refersToPresent(DateMention mention) {
        return PRESENT.matcher(TextFold.fold(mention.text())).matches();
    }

    /** A rule's reading, or null when the numbers are no date (month 13, 31 February). */
    /** The rules' patterns in order: what a test compares the gated matches with. */
    static List<Pattern> patterns() {
        return RULES.stream().map(Rule::pattern).toList();
    }

    private static Resolved safely(Rule rule, Matcher m, LocalDate publishedOn) {
        try {
            return rule.resolve().apply(m, publishedOn);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Rule rule(String regex, int flags, BiFunction<Matcher, LocalDate, Resolved> resolve) {
        return rule(NEEDS_NOTHING, regex, flags, resolve);
    }

    private static Rule rule(int needs, String regex, int flags, BiFunction<Matcher, LocalDate, Resolved> resolve) {
        return new Rule(Pattern.compile(regex, flags), needs, resolve);
    }

    /** Which of {@link #NEEDS_DIGIT}, {@link #NEEDS_NIAN}, {@link #NEEDS_YUE} {@code folded} contains. */
    private static int present(String folded) {
        int present = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= '0' && c <= '9') {
                present |= NEEDS_DIGIT;
            } else if (c == '年') {
                present |= NEEDS_NIAN;
            } else if (c == '月') {
                present |= NEEDS_YUE;
            }
        }
        return present;
    }

    private static int month(String name) {
        Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        if (month == null) {
            throw new NumberFormatException("no month: " + name);
        }
        return month;
    }

    private static Resolved day(String year, Object month, String day) {
        return new Resolved(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month.toString()),
                Integer.parseInt(day)), DatePrecision.DAY, false);
    }

    private static Resolved monthOf(String year, Object month) {
        return new Resolved(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month.toString()), 1),
                DatePrecision.MONTH, false);
    }

    private static Resolved yearOf(String year, int shift) {
        return new Resolved(LocalDate.of(Integer.parseInt(year) + shift, 1, 1), DatePrecision.YEAR, false);
    }

    private static Resolved inPublicationYear(LocalDate published, int month, String day) {
        if (published == null) {
            return Resolved.UNRESOLVED;
        }
        LocalDate date = LocalDate.of(published.getYear(), month, Integer.parseInt(day));
        return new Resolved(date.isAfter(published.plusDays(FUTURE_DAYS)) ? date.minusYears(1) : date,
                DatePrecision.DAY, true);
    }

    private static Resolved monthRelative(LocalDate published, int yearShift, int month) {
        if (published == null) {
            return Resolved.UNRESOLVED;
        }
        LocalDate date = LocalDate.of(published.getYear() + yearShift, month, 1);
        boolean yearStated = yearShift != 0;
        return new Resolved(!yearStated && date.isAfter(published.plusDays(FUTURE_DAYS)) ? date.minusYears(1) : date,
                DatePrecision.MONTH, true);
    }

    private static int yearShift(String word) {
        return switch (word) {
            case "去年" -> -1;
            case "前年" -> -2;
            case "明年" -> 1;
            default -> 0;
        };
    }

    private static Resolved weekday(LocalDate published, DayOfWeek day, int weeksBack) {
        if (published == null || day == null) {
            return Resolved.UNRESOLVED;
        }
        LocalDate date = published.minusWeeks(weeksBack).with(TemporalAdjusters.previousOrSame(day));
        return new Resolved(date, DatePrecision.DAY, true);
    }

    private static Resolved dayShift(LocalDate published, int days) {
        return published == null ? Resolved.UNRESOLVED
                : new Resolved(published.plusDays(days), DatePrecision.DAY, true);
    }

    private static Resolved monthShift(LocalDate published, int months) {
        return published == null ? Resolved.UNRESOLVED
                : new Resolved(published.plusMonths(months).withDayOfMonth(1), DatePrecision.MONTH, true);
    }

    private static Resolved yearShift(LocalDate published, int years) {
        return published == null ? Resolved.UNRESOLVED
                : new Resolved(LocalDate.of(published.getYear() + years, 1, 1), DatePrecision.YEAR, true);
    }

    /** The week {@code weeksBack} before publication's, Monday to Sunday, up to publication at the latest. */
    private static Resolved week(LocalDate published, int weeksShift) {
        if (published == null) {
            return Resolved.UNRESOLVED;
        }
        LocalDate monday = published.plusWeeks(weeksShift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        return span(monday, sunday.isAfter(published) ? published : sunday);
    }

    private static Resolved recent(LocalDate published) {
        return published == null ? Resolved.UNRESOLVED : span(published.minusDays(RECENT_DAYS), published);
    }

    /** The smallest month, else year, holding the whole span; unresolved when none does. */
    private static Resolved span(LocalDate from, LocalDate to) {
        if (from.getYear() != to.getYear()) {
            return Resolved.UNRESOLVED;
        }
        if (from.getMonth() == to.getMonth()) {
            return new Resolved(from.withDayOfMonth(1), DatePrecision.MONTH, true);
        }
        return new Resolved(LocalDate.of(from.getYear(), 1, 1), DatePrecision.YEAR, true);
    }
}
