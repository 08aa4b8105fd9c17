package io.eventwire.processor.extract.number;

import io.eventwire.processor.RandomTexts;
import io.eventwire.processor.text.PatternGate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.eventwire.processor.extract.number.Quantity.Kind.COUNT;
import static io.eventwire.processor.extract.number.Quantity.Kind.MONEY;
import static io.eventwire.processor.extract.number.Quantity.Kind.PERCENT;
import static io.eventwire.processor.extract.number.Quantity.Kind.PERCENT_POINTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberParserTest {

    /** The gate of the word "one" before a scale: a sentence it leaves out has no match of the pattern. */
    @Test
    void theWordOneGateLeavesOutNoMatch() {
        String[] pieces = {"a", "A", "one", "ONE", "eine", "ein", "einer", "thousand", "Thousand", "million", "MILLION",
                "billion", "trillion", "Million", "Milliarde", "Milliarden", "Billion", "x", "the", "é", " ", " ", "-"};
        int matches = RandomTexts.assertGateLetsThroughEveryMatch(NumberParser.wordOne(), NumberParser::mayHaveWordOne,
                RandomTexts.of(pieces, 47, 10_000, 1, 8, true));
        assertTrue(matches > 1_000, "the random texts must exercise the pattern: " + matches);
    }

    /**
     * The fraction gate's promise on random texts: a sentence it lets pass no fraction pattern by matches none.
     * The texts mix the fraction words with their numerals and the words their lookarounds refuse.
     */
    @Test
    void theFractionGateLeavesOutNoFraction() {
        String[] pieces = {"三", "分之", "一", "2", "点", "5", "十", "百", "成", "成为", "两成", "过半", "一半", "半数", "半",
                "a", "one", "two", "half", "third", "thirds", "quarter", "quarters", "of", "die", "zur", "Hälfte", "ein",
                "zwei", "drei", "Drittel", "Viertel", "HALF", "x", " ", "-"};
        PatternGate gate = PatternGate.of(NumberParser.fractionPatterns());
        int matches = 0;
        for (String text : RandomTexts.of(pieces, 43, 10_000, 1, 10, true)) {
            boolean passes = !gate.candidates(text).isEmpty();
            for (Pattern pattern : NumberParser.fractionPatterns()) {
                if (pattern.matcher(text).find()) {
                    matches++;
                    assertTrue(passes, () -> pattern + " matches " + text);
                }
            }
        }
        assertTrue(matches > 2_000, "the random texts must exercise the patterns: " + matches);
    }

    /**
     * No Chinese numeral starts before the first of its chars, and a text without one holds none: on random
     * texts of numerals, the words they occur in, other Han chars and Latin.
     */
    @Test
    void noChineseNumeralStartsBeforeTheFirstOfItsChars() {
        String[] pieces = {"三", "千", "亿元", "零", "〇", "一度", "两", "十", "百", "点", "五", "九", "万", "美元", "近", "数",
                "中国", "市值", "2", "5.1", "a", "billion", "ä", "，", " "};
        int matches = 0;
        for (String text : RandomTexts.of(pieces, 59, 10_000, 0, 8, true)) {
            Matcher m = NumberParser.chineseNumeral().matcher(text);
            int first = NumberParser.firstChineseNumeral(text);
            if (m.find()) {
                matches++;
                assertEquals(m.start(), first, text);
            } else {
                assertEquals(-1, first, text);
            }
        }
        assertTrue(matches > 5_000, "the random texts must exercise the pattern: " + matches);
    }

    private static Quantity only(String text, String language) {
        List<Quantity> found = NumberParser.parse(text, language);
        assertEquals(1, found.size(), () -> "one quantity in «" + text + "»: " + found);
        return found.get(0);
    }

    private static void money(String text, String language, double value, String currency) {
        Quantity q = only(text, language);
        assertEquals(MONEY, q.kind(), text);
        assertEquals(value, q.value(), Math.abs(value) * 1e-12, text);
        assertEquals(currency, q.currency(), text);
    }

    private static void percent(String text, String language, double value, Qualifier qualifier) {
        Quantity q = only(text, language);
        assertEquals(PERCENT, q.kind(), text);
        assertEquals(value, q.value(), 0.01, text);
        assertEquals(qualifier, q.qualifier(), text);
    }

    @Test
    void chineseScalesAndCurrencies() {
        money("公司总市值约为2815亿元。", "zh", 2.815e11, "CNY");
        money("当日共成交62.4亿元", "zh", 6.24e9, "CNY");
        money("计划在海外投资1.5万亿元", "zh", 1.5e12, "CNY");
        money("融资7000万美元", "zh", 7e7, "USD");
        money("出售资产获得12亿港元", "zh", 1.2e9, "HKD");
        money("收购价为3.3亿欧元", "zh", 3.3e8, "EUR");
        money("营收达到1,250万元人民币", "zh", 1.25e7, "CNY");
    }

    @Test
    void fullWidthDigitsReadLikeAscii() {
        Quantity q = only("全天成交６２.４亿元，", "zh");
        assertEquals(6.24e9, q.value(), 1);
        assertEquals("CNY", q.currency());
        percent("涨幅达１２．５％", "zh", 12.5, Qualifier.EXACT);
    }

    @Test
    void offsetsCoverTheWholeExpression() {
        String text = "股价下跌超过8%，市值约为2815亿元。";
        List<Quantity> found = NumberParser.parse(text, "zh");
        assertEquals(2, found.size());
        assertEquals("超过8%", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("约为2815亿元", text.substring(found.get(1).start(), found.get(1).end()));
        String en = "Revenue rose to US$3.2bn in the quarter.";
        Quantity q = only(en, "en");
        assertEquals("US$3.2bn", en.substring(q.start(), q.end()));
    }

    @Test
    void bareChineseFigureTakesTheCurrencyOfTheNextInItsClause() {
        List<Quantity> found = NumberParser.parse("公司股价暴跌，市值缩水520亿跌至2815亿元。", "zh");
        assertEquals(2, found.size());
        assertEquals(5.2e10, found.get(0).value(), 1);
        assertEquals("CNY", found.get(0).currency());
        assertEquals(MONEY, found.get(0).kind());
    }

    @Test
    void impliedCurrencyStopsAtTheClauseAndAtCounters() {
        List<Quantity> clause = NumberParser.parse("用户超过800万，收入30亿元。", "zh");
        assertEquals(COUNT, clause.get(0).kind());
        assertEquals(null, clause.get(0).currency());
        List<Quantity> counted = NumberParser.parse("销量120万台收入30亿元", "zh");
        assertEquals(COUNT, counted.get(0).kind());
        assertEquals(1.2e6, counted.get(0).value(), 1);
    }

    @Test
    void chineseNumeralsWithScale() {
        money("投资近千亿元扩产", "zh", 1e11, "CNY");
        assertEquals(Qualifier.NEARLY, only("投资近千亿元扩产", "zh").qualifier());
        money("获得三千五百万美元融资", "zh", 3.5e7, "USD");
        money("回购两亿元股份", "zh", 2e8, "CNY");
        assertTrue(NumberParser.parse("他们统一了意见，一直坚持多元化", "zh").isEmpty());
        assertTrue(NumberParser.parse("公司获得数十亿元投资", "zh").isEmpty(), "数十亿 is vague, no figure");
    }

    @Test
    void chinesePercentagesAndFractions() {
        percent("股价下跌3.5%", "zh", 3.5, Qualifier.EXACT);
        percent("净利润同比下降百分之十二点五", "zh", 12.5, Qualifier.EXACT);
        percent("市场份额约占三成", "zh", 30, Qualifier.EXACT);
        percent("市值蒸发了近三分之一", "zh", 33.33, Qualifier.NEARLY);
        percent("一半的收入来自海外", "zh", 50, Qualifier.EXACT);
        percent("过半订单来自欧洲", "zh", 50, Qualifier.MORE_THAN);
        percent("毛利率在40%左右", "zh", 40, Qualifier.APPROX);
        Quantity points = only("毛利率下降2个百分点", "zh");
        assertEquals(PERCENT_POINTS, points.kind());
        assertEquals(2, points.value(), 1e-9);
    }

    @Test
    void tenthsOnlyWhereChengMeansTenths() {
        assertTrue(NumberParser.parse("这一成本无法转嫁，方案一成不变", "zh").isEmpty());
        assertTrue(NumberParser.parse("三成员国反对", "zh").isEmpty());
    }

    @Test
    void chineseDatesAndYearsAreNotQuantities() {
        assertTrue(NumberParser.parse("2021年5月12日，公司在2019年第三季度", "zh").isEmpty());
        assertTrue(NumberParser.parse("采用28nm制程，支持5G和Wi-Fi 6", "zh").isEmpty());
    }

    @Test
    void moreThanSuffixDuo() {
        Quantity q = only("亏损300多亿元", "zh");
        assertEquals(3e10, q.value(), 1);
        assertEquals(Qualifier.MORE_THAN, q.qualifier());
    }

    @Test
    void englishAmounts() {
        money("Sales reached $48.3 billion last year.", "en", 4.83e10, "USD");
        money("a loss of US$1.7bn", "en", 1.7e9, "USD");
        money("fined €2.4bn by regulators", "en", 2.4e9, "EUR");
        money("a £15m investment", "en", 1.5e7, "GBP");
        money("raised RMB 8 billion from investors", "en", 8e9, "CNY");
        money("valued at HK$22.5 billion", "en", 2.25e10, "HKD");
        money("an order worth 12.5 billion yuan", "en", 1.25e10, "CNY");
        money("paid $1,250,000 in fees", "en", 1.25e6, "USD");
        money("3.4 trillion won", "en", 3.4e12, "KRW");
    }

    @Test
    void yenSignDependsOnTheLanguage() {
        money("营收¥45亿", "zh", 4.5e9, "CNY");
        money("a deal worth ¥300 billion", "en", 3e11, "JPY");
        money("ein Auftrag über ¥300 Mrd.", "de", 3e11, "JPY");
    }

    @Test
    void englishPercentagesWithQualifiers() {
        percent("shares slid more than 9% in early trading", "en", 9, Qualifier.MORE_THAN);
        percent("profit fell 12 per cent", "en", 12, Qualifier.EXACT);
        percent("up about 4.5 percent", "en", 4.5, Qualifier.APPROX);
        percent("nearly a quarter of its value", "en", 25, Qualifier.NEARLY);
        percent("two-thirds of the market", "en", 66.67, Qualifier.EXACT);
    }

    @Test
    void englishThousandsCommaAndListsOfNumbers() {
        Quantity q = only("some 2,500 million dollars", "en");
        assertEquals(2.5e9, q.value(), 1);
        assertEquals(Qualifier.APPROX, q.qualifier());
        assertTrue(NumberParser.parse("Sections 5,7 and 9 apply from 2019 on; 28 firms", "en").isEmpty());
    }

    @Test
    void countsWithScaleHaveNoCurrency() {
        Quantity q = only("about 230 million cameras", "en");
        assertEquals(COUNT, q.kind());
        assertEquals(2.3e8, q.value(), 1);
        assertEquals(Qualifier.APPROX, q.qualifier());
        assertTrue(NumberParser.parse("it measured 2m wide", "en").isEmpty(), "2m without currency is metres");
    }

    @Test
    void theArticleOrOneBeforeAScaleIsOne() {
        money("a market value of more than one trillion dollars", "en", 1e12, "USD");
        assertEquals(Qualifier.MORE_THAN, only("more than one trillion dollars", "en").qualifier());
        money("auf mehr als eine Billion Dollar", "de", 1e12, "USD");
        money("eine Milliarde Euro", "de", 1e9, "EUR");
        assertEquals(COUNT, only("a million people", "en").kind());
    }

    @Test
    void germanAmounts() {
        money("Der Umsatz lag bei 18,7 Mrd. Euro.", "de", 1.87e10, "EUR");
        money("ein Verlust von 2,5 Milliarden US-Dollar", "de", 2.5e9, "USD");
        money("Schulden von 1,3 Billionen Euro", "de", 1.3e12, "EUR");
        money("Schulden von 1.3 Billionen Euro", "de", 1.3e12, "EUR");
        money("investiert 750 Mio. €", "de", 7.5e8, "EUR");
        money("zahlte 1.250.000 Euro", "de", 1.25e6, "EUR");
        money("für 12 Millionen Yuan", "de", 1.2e7, "CNY");
        money("rund 4,2 Mrd. Dollar", "de", 4.2e9, "USD");
        assertEquals(Qualifier.APPROX, only("rund 4,2 Mrd. Dollar", "de").qualifier());
    }

    @Test
    void germanPercentages() {
        percent("Die Aktie verlor um 6,8 Prozent", "de", 6.8, Qualifier.EXACT);
        percent("ein Plus von mehr als 3 %", "de", 3, Qualifier.MORE_THAN);
        percent("knapp ein Drittel des Marktes", "de", 33.33, Qualifier.NEARLY);
        percent("stieg um gut 12,5%", "de", 12.5, Qualifier.MORE_THAN);
    }

    @Test
    void rangesShareTheUnitOfTheirSecondNumber() {
        List<Quantity> zh = NumberParser.parse("预计亏损300-400亿元", "zh");
        assertEquals(2, zh.size());
        assertEquals(3e10, zh.get(0).value(), 1);
        assertEquals("CNY", zh.get(0).currency());
        List<Quantity> en = NumberParser.parse("between $3 to 4 billion", "en");
        assertEquals(3e9, en.get(0).value(), 1);
        assertEquals(4e9, en.get(1).value(), 1);
        List<Quantity> pct = NumberParser.parse("fell 5-7%", "en");
        assertEquals(PERCENT, pct.get(0).kind());
        assertEquals(5, pct.get(0).value(), 1e-9);
    }

    @Test
    void aSignBetweenTwoFiguresOpensTheSecond() {
        List<Quantity> found = NumberParser.parse("营收400亿$16.1 billion", "en");
        assertEquals(2, found.size(), found::toString);
        assertEquals(COUNT, found.get(0).kind());
        assertEquals(1.61e10, found.get(1).value(), 1);
        assertEquals("USD", found.get(1).currency());
        assertTrue(found.get(0).end() <= found.get(1).start());
    }

    @Test
    void englishLetterScalesNeedACurrency() {
        money("a $5B buyback", "en", 5e9, "USD");
        money("costs of £2m", "en", 2e6, "GBP");
        assertTrue(NumberParser.parse("the A100 and 5G chips, Q1 results", "en").isEmpty());
    }
}
