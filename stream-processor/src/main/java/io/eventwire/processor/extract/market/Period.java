package io.eventwire.processor.extract.market;

import io.eventwire.processor.text.PatternGate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as written: 2019年第一季度, "Q1 2022", "im ersten Quartal", 2021年, "fiscal 2020".
 *
 * @param year  the year, or null where the text gives none that can be resolved
 * @param part  {@code Q1}…{@code Q4}, {@code H1}, {@code H2}, {@code 9M} (first nine months), {@code FY}, or
 *              null for a plain year
 * @param start offset in the sentence
 */
record Period(Integer year, String part, int start, int end) {

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String CN_ORDINAL = "([一二三四1-4])";
    private static final List<Pattern> PATTERNS = List.of(
            // Chinese: 2019年第一季度, 2021年上半年, 2020年前三季度, 2021年全年, 今年一季度, 2021年
            Pattern.compile("(?:" + YEAR + "年度?|(今年|去年|上年))?(?:第?" + CN_ORDINAL + "季度|([上下])半年|(前三季度)|(全年|年报))"),
            Pattern.compile(YEAR + "年?(?:财年|财政年度)"),
            Pattern.compile(YEAR + "年(?!\\d{1,2}月)"),
            // English: Q1 2022, first quarter of 2019, the first nine months of this year, fiscal 2021, FY2021
            Pattern.compile("(?i)(?<![a-z])(?:Q([1-4])|(first|second|third|fourth)[- ]quarter|(first|second)[- ]half"
                    + "|(first nine months))(?:(?: of)?(?: the)?(?: fiscal)?(?: year)? " + YEAR + "| of (this|last) year)?"),
            Pattern.compile("(?i)(?<![a-z])(?:fiscal (?:year )?|FY ?)" + YEAR),
            // German: im ersten Quartal 2022, erstes Halbjahr, in den ersten neun Monaten, Geschäftsjahr 2021
            Pattern.compile("(?<![a-zäöü])(?:(ersten|zweiten|dritten|vierten) Quartal|Q([1-4])|(ersten|zweiten) Halbjahr"
                    + "|(ersten neun Monaten))(?: (?:des Jahres |des Geschäftsjahres )?" + YEAR + "| (dieses|des vergangenen) Jahres)?"),
            Pattern.compile("(?<![a-zäöü])Geschäftsjahr(?:es)? " + YEAR));

    /**
     * Most sentences name no period: one pass for the patterns' words spares searching every position with
     * each, and a pattern that starts with a word is tried only where it occurs.
     */
    private static final PatternGate GATE = PatternGate.anchoring(PATTERNS);

    /** Guidance is for a period to come: "guided for fourth-quarter revenue" in November is this year's Q4. */
    private static final Pattern GUIDANCE = Pattern.compile(
            "业绩指引|(?i:(?<![a-z])guid(?:e|es|ed|ing|ance)(?![a-z])|(?<![a-z])outlook(?![a-z]))|Ausblick");
    /** "fiscal fourth quarter", 财年, Geschäftsjahr: a company's own year, which need not be the calendar's. */
    private static final Pattern FISCAL = Pattern.compile("财年|财政年度|(?i:fiscal)|Geschäftsjahr");

    /**
     * The most specific period of a sentence (a quarter over a bare year), or null. A part without its year
     * takes the sentence's year where it states one apart (2022年年报显示，公司全年…: 2022-FY); else the latest
     * such part that had ended by publication (前三季度 in November 2022: 2022-9M; "fourth quarter" in February
     * 2024: 2023-Q4), since results are reported after the period; in guidance, the first such part not yet
     * ended; a fiscal part, whose year is the company's, the publication year.
     */
    static Period mostSpecific(String sentence, LocalDate published) {
        int publishedYear = published == null ? 0 : published.getYear();
        List<Period> found = all(sentence, publishedYear);
        Period best = null;
        for (Period p : found) {
            if (best == null || p.rank() > best.rank()) {
                best = p;
            }
        }
        if (best != null && best.year == null) {
            Period dated = found.stream().filter(p -> p.year != null).findFirst().orElse(null);
            if (dated != null) {
                return new Period(dated.year, best.part, best.start, best.end);
            }
            if (published != null && best.part != null) {
                int year;
                if (FISCAL.matcher(sentence).find()) {
                    year = published.getYear();
                } else if (GUIDANCE.matcher(sentence).find()) {
                    year = endMonth(best.part) >= published.getMonthValue() ? published.getYear() : published.getYear() + 1;
                } else {
                    year = endMonth(best.part) < published.getMonthValue() ? published.getYear() : published.getYear() - 1;
                }
                return new Period(year, best.part, best.start, best.end);
            }
        }
        return best;
    }

    /** The month a calendar part ends in. */
    private static int endMonth(String part) {
        return switch (part) {
            case "Q1" -> 3;
            case "Q2", "H1" -> 6;
            case "Q3", "9M" -> 9;
            default -> 12;
        };
    }

    /** The period patterns: what a test checks the gate against. */
    static List<Pattern> patterns() {
        return PATTERNS;
    }

    /** Every period of a sentence in order of the patterns; a later, shorter match inside an earlier is skipped. */
    static List<Period> all(String sentence, int publishedYear) {
        List<Period> found = new ArrayList<>();
        PatternGate.Candidates candidates = GATE.scan(sentence);
        for (int i = 0; i < PATTERNS.size(); i++) {
            int pattern = i;
            if (candidates.contains(pattern)) {
                candidates.forEachMatch(pattern, PATTERNS.get(pattern).matcher(sentence), m -> {
                    Period p = read(pattern, m, publishedYear);
                    if (p != null && found.stream().noneMatch(f -> f.start <= p.start && p.end <= f.end)) {
                        found.add(p);
                    }
                });
            }
        }
        return found;
    }

    /** A plain year (2019年, "in 2019") is a period too; a year with a part ranks above it. */
    private int rank() {
        return (part == null ? 0 : 2) + (year == null ? 0 : 1);
    }

    /** The JSON form: {@code 2019-Q1}, {@code 2021}, {@code Q1} where the year is unknown. */
    String json() {
        if (year == null) {
            return part;
        }
        return part == null ? year.toString() : year + "-" + part;
    }

    private static Period read(int pattern, Matcher m, int publishedYear) {
        return switch (pattern) {
            case 0 -> new Period(year(m.group(1), m.group(2), publishedYear), chinesePart(m), m.start(), m.end());
            case 1, 4, 6 -> new Period(Integer.valueOf(m.group(1)), "FY", m.start(), m.end());
            case 2 -> new Period(Integer.valueOf(m.group(1)), null, m.start(), m.end());
            case 3 -> new Period(year(m.group(5), m.group(6), publishedYear), englishPart(m), m.start(), m.end());
            case 5 -> new Period(year(m.group(5), m.group(6), publishedYear), germanPart(m), m.start(), m.end());
            default -> throw new IllegalArgumentException("no pattern " + pattern);
        };
    }

    /** A stated year, or one relative to the publication year (今年, "this year", "dieses Jahres"). */
    private static Integer year(String stated, String relative, int publishedYear) {
        if (stated != null) {
            return Integer.valueOf(stated);
        }
        if (relative == null || publishedYear <= 0) {
            return null;
        }
        boolean last = relative.equals("去年") || relative.equals("上年") || relative.equalsIgnoreCase("last")
                || relative.equals("des vergangenen");
        return last ? publishedYear - 1 : publishedYear;
    }

    private static String chinesePart(Matcher m) {
        if (m.group(3) != null) {
            return "Q" + ordinal(m.group(3));
        }
        if (m.group(4) != null) {
            return m.group(4).equals("上") ? "H1" : "H2";
        }
        return m.group(5) != null ? "9M" : "FY";
    }

    private static String englishPart(Matcher m) {
        if (m.group(1) != null) {
            return "Q" + m.group(1);
        }
        if (m.group(2) != null) {
            return "Q" + ordinal(m.group(2));
        }
        if (m.group(3) != null) {
            return ordinal(m.group(3)) == 1 ? "H1" : "H2";
        }
        return "9M";
    }

    private static String germanPart(Matcher m) {
        if (m.group(1) != null) {
            return "Q" + ordinal(m.group(1));
        }
        if (m.group(2) != null) {
            return "Q" + m.group(2);
        }
        if (m.group(3) != null) {
            return ordinal(m.group(3)) == 1 ? "H1" : "H2";
        }
        return "9M";
    }

    private static int ordinal(String word) {
        return switch (word.toLowerCase()) {
            case "一", "1", "first", "ersten" -> 1;
            case "二", "2", "second", "zweiten" -> 2;
            case "三", "3", "third", "dritten" -> 3;
            default -> 4;
        };
    }
}
