package io.eventwire.processor.extract.number;

import java.math.BigDecimal;

/** The words and signs around numbers, in Chinese, English and German. */
final class Vocabulary {

    /**
     * The yen/yuan sign. Chinese text writes ¥ for the yuan; elsewhere the sign is read as the yen, its usual
     * meaning in English and German news. A marker, resolved by {@link #yenOrYuan(String)}.
     */
    static final String YEN_SIGN = "¥";

    /** Currency signs and codes written before the number: "US$3.2bn", "€3bn", "RMB 10 billion". */
    static final Lexicon<String> CURRENCY_BEFORE = new Lexicon<String>()
            .add("US\\$|U\\.S\\.\\$|US-\\$", "USD")
            .add("HK\\$", "HKD")
            .add("NT\\$", "TWD")
            .add("S\\$", "SGD")
            .add("A\\$|AU\\$", "AUD")
            .add("C\\$|CA\\$", "CAD")
            .add("R\\$", "BRL")
            .add("CN¥|RMB¥", "CNY")
            .add("JP¥", "JPY")
            .add("\\$", "USD")
            .add("€", "EUR")
            .add("£", "GBP")
            .add("¥", YEN_SIGN)
            .add("RMB|Rmb|rmb|CNY", "CNY")
            .add("USD", "USD")
            .add("EUR", "EUR")
            .add("GBP", "GBP")
            .add("JPY", "JPY")
            .add("HKD", "HKD")
            .add("CHF", "CHF")
            .add("TWD", "TWD");

    /** Currency words after the number and its scale: 亿元, 万美元, "billion yuan", "Mrd. Euro", "Mio. €". */
    static final Lexicon<String> CURRENCY_AFTER = new Lexicon<String>()
            .add("元人民币|人民币元|人民币|元", "CNY")
            .add("美元|美金", "USD")
            .add("港元|港币", "HKD")
            .add("欧元", "EUR")
            .add("英镑", "GBP")
            .add("日元|日圆", "JPY")
            .add("新台币|台币", "TWD")
            .add("韩元", "KRW")
            .add("卢布", "RUB")
            .add("澳元", "AUD")
            .add("加元", "CAD")
            .add("瑞郎|瑞士法郎", "CHF")
            .add("新加坡元|新元", "SGD")
            .add("(?i:US[- ]?dollars?|U\\.S\\. dollars?|US-Dollars?|American dollars?)", "USD")
            .add("(?i:HK[- ]dollars?|Hong[- ]Kong[- ]dollars?|HK-Dollars?)", "HKD")
            .add("(?i:Singapore dollars?|Singapur-Dollars?)", "SGD")
            .add("(?i:Australian dollars?|australische Dollars?)", "AUD")
            .add("(?i:Canadian dollars?|kanadische Dollars?)", "CAD")
            .add("(?i:Taiwan(?:ese|-)? dollars?|NT dollars?)", "TWD")
            .add("(?i:dollars?)", "USD")
            .add("(?i:euros?)", "EUR")
            .add("(?i:yuan|renminbi|rmb|cny)", "CNY")
            .add("(?i:pounds?(?: sterling)?|Pfund(?: Sterling)?)", "GBP")
            .add("(?i:yen|jpy)", "JPY")
            .add("(?i:swiss francs?|Schweizer Franken|Franken)", "CHF")
            .add("(?i:won)", "KRW")
            .add("USD", "USD")
            .add("EUR", "EUR")
            .add("GBP", "GBP")
            .add("HKD", "HKD")
            .add("CHF", "CHF")
            .add("€", "EUR")
            .add("\\$", "USD")
            .add("£", "GBP")
            .add("¥", YEN_SIGN);

    /** Scale words and abbreviations, English and German; German "Billion" is 10^12, see {@link #GERMAN_SCALES}. */
    static final Lexicon<BigDecimal> SCALES = new Lexicon<BigDecimal>()
            .add("(?i:thousands?|Tausend|Tsd\\.?)", BigDecimal.valueOf(1_000L))
            .add("(?i:millions?|mn|mln|Mio\\.?|Millionen)", BigDecimal.valueOf(1_000_000L))
            .add("(?i:billions?|bn|bln|Milliarden?|Mrd\\.?)", BigDecimal.valueOf(1_000_000_000L))
            .add("(?i:trillions?|tn|trn)", BigDecimal.valueOf(1_000_000_000_000L));

    /** In German a Billion is a million millions (10^12), a Milliarde 10^9. */
    static final Lexicon<BigDecimal> GERMAN_SCALES = new Lexicon<BigDecimal>()
            .add("(?i:Billionen|Billion|Bio\\.?)", BigDecimal.valueOf(1_000_000_000_000L));

    /** One-letter scales ("£2m", "$5bn" is in {@link #SCALES}): only read as scales right after a currency. */
    static final Lexicon<BigDecimal> LETTER_SCALES = new Lexicon<BigDecimal>()
            .add("[kK]", BigDecimal.valueOf(1_000L))
            .add("[mM]", BigDecimal.valueOf(1_000_000L))
            .add("[bB]", BigDecimal.valueOf(1_000_000_000L));

    /** Percent signs and words; percentage points are a different quantity. */
    static final Lexicon<Quantity.Kind> PERCENT_UNITS = new Lexicon<Quantity.Kind>()
            .add("%", Quantity.Kind.PERCENT)
            .add("(?i:per ?cent|pct\\.?|Prozent)", Quantity.Kind.PERCENT)
            .add("(?i:percentage points?|Prozentpunkten?|个百分点|百分点)", Quantity.Kind.PERCENT_POINTS);

    /** Qualifiers written before the figure. */
    static final Lexicon<Qualifier> QUALIFIER_BEFORE = new Lexicon<Qualifier>()
            .add("(?i:more than|over|above|upwards of|in excess of|exceeding)", Qualifier.MORE_THAN)
            .add("(?i:mehr als|über|gut)", Qualifier.MORE_THAN)
            .add("超过|超出|逾|超|多于|高于", Qualifier.MORE_THAN)
            .add("(?i:at least|mindestens|wenigstens)|至少|最少", Qualifier.AT_LEAST)
            .add("(?i:less than|under|below|fewer than|weniger als|unter)", Qualifier.LESS_THAN)
            .add("不到|不足|低于|少于", Qualifier.LESS_THAN)
            .add("(?i:nearly|almost|close to|just under|fast|knapp|beinahe|nahezu)", Qualifier.NEARLY)
            .add("近|将近|接近|近乎|逼近", Qualifier.NEARLY)
            .add("(?i:about|around|approximately|approx\\.|roughly|some|an estimated|an? approximate)",
                    Qualifier.APPROX)
            .add("(?i:rund|etwa|ungefähr|ca\\.|circa|zirka|um die)", Qualifier.APPROX)
            .add("约|大约|约为|大概|约合", Qualifier.APPROX)
            .add("(?i:up to|bis zu)", Qualifier.UP_TO);

    /** Qualifiers written after the figure (Chinese): 3000亿元以上, 7%左右. */
    static final Lexicon<Qualifier> QUALIFIER_AFTER = new Lexicon<Qualifier>()
            .add("左右|上下", Qualifier.APPROX)
            .add("以上|(?i:or more)", Qualifier.AT_LEAST)
            .add("以下|以内", Qualifier.UP_TO);

    private Vocabulary() {
    }

    /** Resolves the ¥ sign: the yuan in Chinese text, the yen in any other. */
    static String yenOrYuan(String currency, String language) {
        if (!YEN_SIGN.equals(currency)) {
            return currency;
        }
        return language != null && language.startsWith("zh") ? "CNY" : "JPY";
    }
}
