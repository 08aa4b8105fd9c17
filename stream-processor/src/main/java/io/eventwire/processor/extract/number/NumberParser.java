package io.eventwire.processor.extract.number;

import io.eventwire.processor.text.PatternGate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money amounts, percentages and large counts from one piece of text (a sentence, usually), in base
 * units with ISO 4217 currencies and offsets into that text.
 *
 * <p>Rules that need the language ({@code zh}, {@code en}, {@code de}; anything else is read like English):
 * <ul>
 *   <li>Separators: in German the comma is the decimal mark and the dot groups thousands ("16,1 Mrd.",
 *   "1.200"); a dot followed by other than three digits is still a decimal point ("1.2 Billionen").
 *   Elsewhere the dot is the decimal mark and the comma groups thousands; a comma followed by other than
 *   three digits ends the number.</li>
 *   <li>German "Billion" is 10^12, English "billion" 10^9.</li>
 *   <li>The ¥ sign is the yuan (CNY) in Chinese text and the yen (JPY) in any other.</li>
 *   <li>Chinese drops the currency of a figure when the next figure of the same clause states it
 *   (市值蒸发400亿降至3607亿元): a bare 万/亿 figure takes the currency of the next money amount before the
 *   end of the clause, unless a counter word (台, 股, 人…) says it counts things.</li>
 * </ul>
 * A number with no unit at all (a year, a date, "28 entities") is not a quantity and is not returned;
 * neither is a number glued to letters ("28nm", "Q1", "5G").
 */
public final class NumberParser {

    private static final Pattern ARABIC = Pattern.compile("(?<![\\d.,])\\d+(?:[.,]\\d+)*");
    private static final String CN_DIGITS = "零〇一二两三四五六七八九";
    /** The chars a Chinese numeral is written with, all from U+3007 (〇) on. */
    private static final String CN_NUMERAL_CHARS = CN_DIGITS + "十百千";
    private static final Pattern CHINESE =
            Pattern.compile("[" + CN_NUMERAL_CHARS + "]+(?:点[" + CN_DIGITS + "]+)?");
    private static final Pattern FRACTION = Pattern.compile(
            "([" + CN_DIGITS + "十百千\\d]+)分之([" + CN_DIGITS + "十百千\\d]+(?:[.点][" + CN_DIGITS + "\\d]+)?)");
    /** 三成 is 30 %; 成 in words such as 成为, 成交, 成本 or the idiom 一成不变 is not a tenth. */
    private static final Pattern TENTHS = Pattern.compile(
            "([一二两三四五六七八九])成(?!为|交|本|立|员|功|果|长|熟|就|都|品|份|分|绩|型|效|不变|年|人|像|真|全)");
    private static final Pattern HALF = Pattern.compile("过半|一半|半数");
    private static final Pattern WORD_FRACTION = Pattern.compile(
            "(?i)(?<!\\p{IsLatin})(?:(a|one|two|three)[ -])?(half|thirds?|quarters?)(?= of\\b)"
                    + "|(?<!\\p{IsLatin})(?:die |zur )?(Hälfte)(?!\\p{IsLatin})"
                    + "|(?<!\\p{IsLatin})(ein|zwei|drei)(?:\\s|-)?(Drittel|Viertel)(?!\\p{IsLatin})");
    /** Most sentences hold no fraction word: one pass for their words spares four searches of every position. */
    private static final PatternGate FRACTION_GATE = PatternGate.of(fractionPatterns());
    /** "a billion dollars", "one trillion", "eine Milliarde Euro": the article or "one" stands for 1. */
    private static final Pattern WORD_ONE = Pattern.compile(
            "(?i)(?<!\\p{IsLatin})(?:a|one|eine|ein|einer)(?=\\s(?:thousand|million|billion|trillion|Million|Milliarde|Billion)"
                    + "(?!\\p{IsLatin}))");
    /**
     * The scale words {@link #WORD_ONE} looks ahead for: a sentence without one has no match, and one pass for
     * them spares trying its lookbehind at every position.
     */
    private static final PatternGate WORD_ONE_GATE = PatternGate.of(List.of(
            Pattern.compile("thousand|million|billion|trillion|Milliarde", Pattern.CASE_INSENSITIVE)));
    private static final Pattern RANGE = Pattern.compile("\\s*(?:-|–|—|~|～|至|到|to|bis)\\s*");
    private static final String CLAUSE_ENDS = "，,；;。！？!?\n：:";
    private static final String COUNTERS = "台个人件辆部家只名股手吨户条项架款份套张次位枚片颗座艘亩平方米层";
    private static final String CN_SCALES = "百千万亿";
    private static final char NO_DECIMAL = 'x';
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private NumberParser() {
    }

    /** Every quantity in {@code text}, in order of position; {@code language} is ISO 639-1 or null. */
    public static List<Quantity> parse(String text, String language) {
        String folded = Fullwidth.fold(text);
        String lang = language == null ? "" : language;
        List<Reading> readings = new ArrayList<>();
        BitSet covered = new BitSet(folded.length());
        readFractions(folded, readings, covered);
        readArabic(folded, lang, readings, covered);
        readChineseMoney(folded, readings, covered);
        readWordOne(folded, lang, readings, covered);
        readings.sort(Comparator.comparingInt(Reading::start));
        joinRanges(folded, readings);
        if (lang.startsWith("zh")) {
            impliedCurrencies(folded, readings);
        }
        List<Quantity> out = new ArrayList<>();
        for (Reading r : readings) {
            if (r.kind != null) {
                Qualifier q = r.qualifier == null ? Qualifier.EXACT : r.qualifier;
                out.add(new Quantity(r.kind, r.value.doubleValue(), Vocabulary.yenOrYuan(r.currency, lang), q,
                        r.start, r.end));
            }
        }
        return out;
    }

    /** Whether a Chinese counter word follows the quantity (万台, 亿部, 万人): it counts things, not money. */
    public static boolean isCounted(String text, Quantity q) {
        return counterAt(text, q.end());
    }

    private static boolean counterAt(String text, int at) {
        return at < text.length() && COUNTERS.indexOf(text.charAt(at)) >= 0;
    }

    /** A quantity being read; {@code kind} stays null while the number has no unit (it may borrow one). */
    private static final class Reading {
        Quantity.Kind kind;
        BigDecimal value;
        String currency;
        Qualifier qualifier;
        int start;
        int end;
        /** Where the number itself ends, before any unit: a bare number of a range borrows from here on. */
        int numberEnd;
        boolean chineseScale;
        /** Nothing follows the number (no scale, sign or currency word): a range may lend it its unit. */
        boolean unitless;

        int start() {
            return start;
        }
    }

    private static void readFractions(String text, List<Reading> out, BitSet covered) {
        if (FRACTION_GATE.candidates(text).isEmpty()) {
            return;
        }
        Matcher m = FRACTION.matcher(text);
        while (m.find()) {
            BigDecimal whole = numeral(m.group(1));
            BigDecimal part = numeral(m.group(2));
            if (whole != null && part != null && whole.signum() > 0) {
                addPercent(text, out, covered, m.start(), m.end(),
                        part.multiply(BigDecimal.valueOf(100)).divide(whole, PRECISION));
            }
        }
        m = TENTHS.matcher(text);
        while (m.find()) {
            addPercent(text, out, covered, m.start(), m.end(),
                    BigDecimal.valueOf(ChineseNumerals.digit(m.group(1).charAt(0)) * 10L));
        }
        m = HALF.matcher(text);
        while (m.find()) {
            Reading r = addPercent(text, out, covered, m.start(), m.end(), BigDecimal.valueOf(50));
            if (r != null && m.group().startsWith("过")) {
                r.qualifier = Qualifier.MORE_THAN;
            }
        }
        m = WORD_FRACTION.matcher(text);
        while (m.find()) {
            addPercent(text, out, covered, m.start(), m.end(), wordFraction(m));
        }
    }

    /** The fraction patterns and {@link #WORD_ONE}: what tests check the gates against. */
    static List<Pattern> fractionPatterns() {
        return List.of(FRACTION, TENTHS, HALF, WORD_FRACTION);
    }

    static Pattern wordOne() {
        return WORD_ONE;
    }

    private static BigDecimal wordFraction(Matcher m) {
        if (m.group(3) != null) {
            return BigDecimal.valueOf(50);
        }
        String count = (m.group(2) != null ? m.group(1) : m.group(4));
        String part = (m.group(2) != null ? m.group(2) : m.group(5)).toLowerCase();
        int n = switch (count == null ? "a" : count.toLowerCase()) {
            case "two", "zwei" -> 2;
            case "three", "drei" -> 3;
            default -> 1;
        };
        int d = part.startsWith("half") ? 2 : part.startsWith("third") || part.equals("drittel") ? 3 : 4;
        return BigDecimal.valueOf(100L * n).divide(BigDecimal.valueOf(d), PRECISION);
    }

    private static Reading addPercent(String text, List<Reading> out, BitSet covered, int start, int end,
                                      BigDecimal value) {
        if (covered.get(start, end).cardinality() > 0) {
            return null;
        }
        Reading r = new Reading();
        r.kind = Quantity.Kind.PERCENT;
        r.value = value;
        r.start = start;
        r.end = end;
        r.numberEnd = end;
        qualifyBefore(text, r);
        Lexicon.Hit<Qualifier> after = Vocabulary.QUALIFIER_AFTER.after(text, end, 0);
        if (after != null) {
            r.qualifier = after.value();
            r.end = after.end();
        }
        covered.set(r.start, r.end);
        out.add(r);
        return r;
    }

    private static void readArabic(String text, String lang, List<Reading> out, BitSet covered) {
        Matcher m = ARABIC.matcher(text);
        while (m.find()) {
            if (covered.get(m.start())) {
                continue;
            }
            int numberEnd = m.start() + digitsLength(m.group(), lang);
            BigDecimal value = arabic(text.substring(m.start(), numberEnd), lang);
            Lexicon.Hit<String> prefix = Vocabulary.CURRENCY_BEFORE.before(text, m.start());
            if (prefix != null && !covered.get(prefix.start(), m.start()).isEmpty()) {
                prefix = null;   // the sign already closed the figure before: "400亿$16.1 billion"
            }
            if (prefix == null && gluedBefore(text, m.start())) {
                continue;
            }
            Reading r = new Reading();
            r.value = value;
            r.start = prefix == null ? m.start() : prefix.start();
            r.currency = prefix == null ? null : prefix.value();
            r.numberEnd = numberEnd;
            int pos = readUnits(text, lang, r, numberEnd);
            if (r.kind == null && pos < text.length() && isLatin(text.charAt(pos))) {
                continue;
            }
            r.end = pos;
            qualifyBefore(text, r);
            covered.set(r.start, r.end);
            out.add(r);
        }
    }

    private static void readWordOne(String text, String lang, List<Reading> out, BitSet covered) {
        if (!mayHaveWordOne(text)) {
            return;
        }
        Matcher m = WORD_ONE.matcher(text);
        while (m.find()) {
            Reading r = new Reading();
            r.value = BigDecimal.ONE;
            r.start = m.start();
            r.numberEnd = m.end();
            r.end = readUnits(text, lang, r, m.end());
            if (r.kind != null && covered.get(r.start, r.end).isEmpty()) {
                qualifyBefore(text, r);
                covered.set(r.start, r.end);
                out.add(r);
            }
        }
    }

    /** Whether {@link #WORD_ONE} may match {@code text}: what a test checks against the pattern. */
    static boolean mayHaveWordOne(String text) {
        return !WORD_ONE_GATE.candidates(text).isEmpty();
    }

    /** Figures in Chinese numerals are read only as money with a scale (三千亿元, 近千亿元, 五千万美元). */
    private static void readChineseMoney(String text, List<Reading> out, BitSet covered) {
        int first = firstChineseNumeral(text);
        if (first < 0) {
            return;
        }
        Matcher m = CHINESE.matcher(text).region(first, text.length());
        while (m.find()) {
            // 数十亿, 几百万: "several", not a figure.
            boolean vague = m.start() > 0 && "数几".indexOf(text.charAt(m.start() - 1)) >= 0;
            if (vague || covered.get(m.start(), m.end()).cardinality() > 0) {
                continue;
            }
            Reading r = new Reading();
            r.value = ChineseNumerals.parse(m.group());
            r.start = m.start();
            r.numberEnd = m.end();
            int pos = readUnits(text, "zh", r, m.end());
            if (r.value == null || !r.chineseScale || r.kind != Quantity.Kind.MONEY) {
                continue;
            }
            r.end = pos;
            qualifyBefore(text, r);
            covered.set(r.start, r.end);
            out.add(r);
        }
    }

    /**
     * Where the first char of a Chinese numeral stands, or -1: {@link #CHINESE} matches nowhere before it. The
     * search tried its class of 14 chars at every position of every sentence with a market word, the English
     * and German ones too: starting it here took a fifth off the market extraction (B/A 0.79 and 0.82, medians
     * of 12 rounds, 2,000 corpus articles).
     */
    static int firstChineseNumeral(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '〇' && CN_NUMERAL_CHARS.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    static Pattern chineseNumeral() {
        return CHINESE;
    }

    /** Reads scale, percent sign, currency and trailing qualifier after a number; returns where it ends. */
    private static int readUnits(String text, String lang, Reading r, int from) {
        int pos = from;
        if (pos + 1 < text.length() && "多余".indexOf(text.charAt(pos)) >= 0
                && CN_SCALES.indexOf(text.charAt(pos + 1)) >= 0) {
            r.qualifier = Qualifier.MORE_THAN;   // 400多亿: more than 400亿
            pos++;
        }
        boolean scaled = false;
        while (pos < text.length() && CN_SCALES.indexOf(text.charAt(pos)) >= 0) {
            r.value = r.value.multiply(BigDecimal.valueOf(ChineseNumerals.unit(text.charAt(pos))));
            r.chineseScale = true;
            scaled = true;
            pos++;
        }
        if (!scaled) {
            Lexicon.Hit<BigDecimal> scale = lang.startsWith("de") ? Vocabulary.GERMAN_SCALES.after(text, pos, 1) : null;
            if (scale == null) {
                scale = Vocabulary.SCALES.after(text, pos, 1);
            }
            if (scale == null && r.currency != null) {
                scale = Vocabulary.LETTER_SCALES.after(text, pos, 0);
            }
            if (scale != null) {
                r.value = r.value.multiply(scale.value());
                scaled = true;
                pos = scale.end();
            }
        }
        Lexicon.Hit<Quantity.Kind> percent = scaled || r.currency != null
                ? null : Vocabulary.PERCENT_UNITS.after(text, pos, 1);
        if (percent != null) {
            r.kind = percent.value();
            pos = percent.end();
        } else {
            Lexicon.Hit<String> currency = Vocabulary.CURRENCY_AFTER.after(text, pos, 1);
            if (currency != null && r.currency == null && !opensNextFigure(text, currency.end())) {
                r.currency = currency.value();
                pos = currency.end();
            }
            r.kind = r.currency != null ? Quantity.Kind.MONEY : scaled ? Quantity.Kind.COUNT : null;
        }
        r.unitless = pos == from;
        if (r.kind != null) {
            Lexicon.Hit<Qualifier> after = Vocabulary.QUALIFIER_AFTER.after(text, pos, 1);
            if (after != null) {
                r.qualifier = after.value();
                pos = after.end();
            }
        }
        return pos;
    }

    /** A sign right before digits starts the next figure ("5 $3"), it does not end this one. */
    private static boolean opensNextFigure(String text, int signEnd) {
        int i = signEnd;
        while (i < text.length() && Lexicon.isSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isDigit(text.charAt(i)) && !Character.isLetter(text.charAt(signEnd - 1));
    }

    private static void qualifyBefore(String text, Reading r) {
        Lexicon.Hit<Qualifier> before = Vocabulary.QUALIFIER_BEFORE.before(text, r.start);
        if (before != null) {
            r.qualifier = before.value();
            r.start = before.start();
        }
    }

    /** "300-400亿元", "$3 to 4 billion", "5-7%": the first number of a range takes the unit of the second. */
    private static void joinRanges(String text, List<Reading> readings) {
        for (int i = 0; i + 1 < readings.size(); i++) {
            Reading bare = readings.get(i);
            Reading next = readings.get(i + 1);
            if (!bare.unitless || next.unitless || next.kind == null) {
                continue;
            }
            Matcher gap = RANGE.matcher(text).region(bare.numberEnd, next.start);
            if (gap.matches()) {
                BigDecimal unit = next.value.divide(numberOf(text, next), PRECISION);
                bare.value = bare.value.multiply(unit);
                bare.kind = bare.kind != null ? bare.kind : next.kind;
                bare.currency = bare.currency != null ? bare.currency : next.currency;
                bare.chineseScale = next.chineseScale;
                bare.end = bare.numberEnd;
            }
        }
        readings.removeIf(r -> r.kind == null);
    }

    /** The plain number of a reading, without its scale: 400 of 400亿. */
    private static BigDecimal numberOf(String text, Reading r) {
        Matcher m = ARABIC.matcher(text).region(r.start, r.end);
        m.useTransparentBounds(true);
        if (!m.find()) {
            return BigDecimal.ONE;
        }
        BigDecimal plain = arabic(m.group().substring(0, digitsLength(m.group(), "")), "");
        return plain.signum() == 0 ? BigDecimal.ONE : plain;
    }

    private static void impliedCurrencies(String text, List<Reading> readings) {
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            boolean counted = counterAt(text, r.end);
            if (r.kind != Quantity.Kind.COUNT || !r.chineseScale || counted) {
                continue;
            }
            for (int j = i + 1; j < readings.size(); j++) {
                Reading next = readings.get(j);
                if (clauseEndsBetween(text, r.end, next.start)) {
                    break;
                }
                if (next.kind == Quantity.Kind.MONEY) {
                    r.kind = Quantity.Kind.MONEY;
                    r.currency = next.currency;
                    break;
                }
            }
        }
    }

    private static boolean clauseEndsBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Letters or a hyphenated word right before the digits: Q1, x86, COVID-19. */
    private static boolean gluedBefore(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        if (isLatin(before)) {
            return true;
        }
        return before == '-' && start >= 2 && isLatin(text.charAt(start - 2));
    }

    private static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static BigDecimal numeral(String text) {
        if (text.matches("\\d+(?:\\.\\d+)?")) {
            return new BigDecimal(text);
        }
        return ChineseNumerals.parse(text.replace('.', '点'));
    }

    /**
     * How many characters of a digit run belong to the number: an English-style comma followed by other than
     * three digits ends it ("5,7 and 9" is not 5.7), as does a trailing separator.
     */
    private static int digitsLength(String run, String lang) {
        if (lang.startsWith("de") || run.indexOf(',') < 0) {
            return run.length();
        }
        boolean hasDot = run.indexOf('.') >= 0;
        int i = 0;
        while (i < run.length()) {
            char c = run.charAt(i);
            if (c == ',' && !hasDot && !threeDigitsAt(run, i + 1)) {
                return i;
            }
            i++;
        }
        return run.length();
    }

    private static boolean threeDigitsAt(String run, int at) {
        if (at + 3 > run.length()) {
            return false;
        }
        for (int k = at; k < at + 3; k++) {
            if (!Character.isDigit(run.charAt(k))) {
                return false;
            }
        }
        return at + 3 == run.length() || !Character.isDigit(run.charAt(at + 3));
    }

    /** The value of a digit run with separators, read by the rules of {@link NumberParser}. */
    static BigDecimal arabic(String run, String lang) {
        int lastDot = run.lastIndexOf('.');
        int lastComma = run.lastIndexOf(',');
        boolean german = lang.startsWith("de");
        char decimal;
        if (lastDot >= 0 && lastComma >= 0) {
            decimal = lastDot > lastComma ? '.' : ',';
        } else if (lastComma >= 0) {
            decimal = german && run.indexOf(',') == lastComma ? ',' : NO_DECIMAL;
        } else if (lastDot >= 0) {
            boolean single = run.indexOf('.') == lastDot;
            decimal = single && !(german && threeDigitsAt(run, lastDot + 1)) ? '.' : NO_DECIMAL;
        } else {
            decimal = NO_DECIMAL;
        }
        StringBuilder plain = new StringBuilder();
        for (char c : run.toCharArray()) {
            if (Character.isDigit(c)) {
                plain.append(c);
            } else if (c == decimal) {
                plain.append('.');
            }
        }
        return new BigDecimal(plain.toString());
    }
}
