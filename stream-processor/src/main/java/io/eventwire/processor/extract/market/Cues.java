package io.eventwire.processor.extract.market;

import io.eventwire.contracts.record.MarketSubtype;

import io.eventwire.processor.text.GatedAlternations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import static io.eventwire.contracts.record.MarketSubtype.EARNINGS;
import static io.eventwire.contracts.record.MarketSubtype.INVENTORY;
import static io.eventwire.contracts.record.MarketSubtype.MARKET_CAP;
import static io.eventwire.contracts.record.MarketSubtype.MARKET_SHARE;
import static io.eventwire.contracts.record.MarketSubtype.MARKET_SIZE;
import static io.eventwire.contracts.record.MarketSubtype.STOCK_MOVE;
import static io.eventwire.contracts.record.MarketSubtype.TRADE_FLOW;
import static io.eventwire.contracts.record.MarketSubtype.TRADING_VOLUME;

/**
 * The market vocabulary of Chinese, English and German news. Latin words are matched whole; where two cues
 * overlap the longer wins (净利润 over 利润, "market value" over "value"). A pattern's branch only runs where its
 * words occur ({@link GatedAlternations}).
 */
final class Cues {

    private record Entry(MarketSubtype subtype, String kind, Cue.Role role, Direction direction, Pattern pattern) {
    }

    /** The kind of a price quote's cue (收报14.62元): it takes the price, a level, not a move. */
    static final String PRICE_QUOTE = "price_quote";
    /** The kind of an industry's sales cue: a market size, unless a company owns it. */
    static final String INDUSTRY_REVENUE = "industry_revenue";

    private static final String W = "(?<![\\p{IsLatin}])";
    private static final String E = "(?![\\p{IsLatin}])";
    private static final List<Entry> ENTRIES = new ArrayList<>();

    static {
        limit("跌停|" + W + "(?i:limit[- ]down)" + E, Direction.DOWN);
        limit("涨停|" + W + "(?i:limit[- ]up)" + E, Direction.UP);
        // A price quote (报18.5元, 收报365港元) takes the price that follows it, and makes the next 涨幅/跌幅 a
        // price move.
        ENTRIES.add(new Entry(STOCK_MOVE, PRICE_QUOTE, Cue.Role.STOCK, null, Pattern.compile(
                "(?:收报|报收|收于|报)于?(?=\\d+(?:\\.\\d+)?(?:港元|美元|元))")));
        // 盘中/盘后 (during / after the session) and listing markets (中芯国际港股) stand for the stock itself.
        stock("股价|股票|个股|盘中|盘后|盘前|早盘|午盘|尾盘|开盘|收盘|港股|美股|A股|H股|" + W + "(?i:(?:share|stock) prices?|(?<!(?:market|per) )shares|stocks?(?! (?:markets?|exchanges?|index)))" + E);
        stock(compound("Aktien?|Aktienkurse?s?|Papiere?|Anteilsscheine?") + "|" + W + "Kurs(?:e|es)?" + E);
        // Nouns that are a move themselves: Kurssturz von 9 Prozent.
        stock(compound("Kursrutsch|Kurssturz|Kurseinbruch|Kursverluste?") + "|" + W + "(?i:sell-?off)" + E, Direction.DOWN);
        stock(compound("Kursgewinne?|Kurssprung") + "|" + W + "(?i:rally)" + E, Direction.UP);

        measure(MARKET_CAP, "market_cap", "总市值|市值|" + W
                + "(?i:market (?:value|capitali[sz]ation|cap))" + E + "|"
                + compound("Börsenwert|Marktwert|Marktkapitalisierung|Börsenkapitalisierung"));

        measure(TRADING_VOLUME, "turnover", "成交金额|成交额|(?<!达)成交(?![价易])|" + W
                + "(?i:trading volume|turnover)" + E + "|" + compound("Handelsvolumen|Börsenumsatz"));
        measure(TRADING_VOLUME, "volume", "成交量");
        measure(TRADING_VOLUME, "turnover_rate", "换手率");

        measure(EARNINGS, "revenue", "营业总收入|营业收入|营收|总收入|销售收入|销售额|营业额|(?<!可支配|人均|居民|家庭|财政)收入|" + W
                + "(?i:revenues?|(?<!per )sales)" + E + "|" + compound("Umsatz|Umsätze|Erlöse?"));
        measure(EARNINGS, "eps", "每股收益|每股盈利|" + W
                + "(?:(?i:earnings per share|per-share earnings|EPS)|(?:Gewinn|Ergebnis) je Aktie)" + E);
        measure(EARNINGS, "net_profit", "归母净利润|扣非净利润|净利润|净利|" + W
                + "(?i:net (?:income|profit|earnings))" + E + "|"
                + compound("Nettogewinn|Reingewinn|Jahresüberschuss|Überschuss|Nettoergebnis"));
        measure(EARNINGS, "profit", "利润总额|毛利润|营业利润|利润|盈利|" + W
                + "(?i:(?:operating |pre-tax |gross )?profits?|operating income|earnings(?! per))" + E + "|"
                + compound("Gewinne?|Betriebsergebnis|EBITDA|EBIT"));
        measure(EARNINGS, "loss", "净亏损|亏损|" + W + "(?i:net loss|losses|loss)" + E + "|" + compound("Nettoverlust|Verluste?"));

        measure(MARKET_SIZE, "market_size", "市场规模|行业规模|产业规模|市场容量|市场总额|" + W
                + "(?:(?i:market size|size of the (?:[\\w-]+ ){0,4}market|market (?:was |is |will be |could be )?(?:worth|valued at)"
                + "|market (?:is |was )?(?:expected|forecast|projected|set|poised) to (?:reach|grow to|hit|be worth)))"
                + E + "|" + compound("Marktvolumen|Marktgröße|Weltmarkt|Gesamtmarkt"));
        // "the market for lidar sensors was worth", "the EV battery market reached", "der Markt für Chips":
        // a market named by what it sells, measured by the money figure its verb leads to.
        measure(MARKET_SIZE, "market_size", W + "(?i:market (?:for (?:[\\w-]+ ){1,5}?)?(?:(?:was |is |will be )?(?:worth|valued at)"
                + "|(?:is |was )?(?:expected|forecast|projected|set|poised) to (?:reach|grow to|hit|be worth|exceed|top)"
                + "|reached|totall?ed|grew to|expanded to|stood at|hit))" + E + "|" + W + "Markt für");
        // Sales of a whole industry are its market's size: "worldwide foundry revenue", 全球半导体销售额,
        // "der weltweite Umsatz mit Chips"; a company's own ("Apple's global sales", 海康威视全球营收) stays earnings.
        measure(MARKET_SIZE, INDUSTRY_REVENUE, W + "(?<!'s )(?<!’s )(?i:(?:worldwide|global|world|industry-wide|industry)"
                + " (?:[a-z][\\w-]* ){0,3}?(?:revenues?|sales|spending))" + E
                + "|(?:全球|全国|我国|全行业|行业|产业)[\\p{IsHan}&&[^，。；的]]{0,8}?(?:销售额|销售收入|营业收入|营收|总收入|产值)"
                + "|(?<![\\p{L}])(?:[Ww]eltweite[nmr]?|[Gg]lobale[nmr]?) (?:\\p{L}+ ){0,2}?(?:Umsatz|Umsätze|Erlöse)(?![\\p{L}])"
                + "|" + compound("Branchenumsatz|Weltumsatz"));
        rate("年均复合增长率|年复合增长率|复合增长率|年均增长率|年均增速|" + W
                + "(?:CAGR|(?i:compound(?:ed)? annual (?:growth )?rate|compound annual growth)"
                + "|(?i:(?:durchschnittliche )?jährliche Wachstumsrate))" + E);

        measure(MARKET_SHARE, "share", "全球市占率|市占率|市场占有率|市场份额|占有率|(?<=的)份额|"
                + "占(?:据)?了?[\\p{IsHan}&&[^零一二两三四五六七八九十百千万亿半成约近超过逾]]{0,8}?市场(?:的)?|" + W
                + "(?:(?i:market shares?|share of the (?:[\\w-]+ ){0,4}market|of the (?:[\\w-]+ ){0,4}market)"
                + "|(?:des|vom) (?:\\p{L}+ ){0,3}Markt(?:e)?s)" + E + "|" + compound("Marktanteile?n?"));

        measure(INVENTORY, "inventory", "库存|存货|" + W
                + "(?i:inventor(?:y|ies)|stockpiles?)" + E + "|" + compound("Lagerbest[aä]nde?|Vorräte|Warenbest[aä]nde?"));

        measure(TRADE_FLOW, "exports", "出口额|出口(?!管制|限制|禁令|许可|管理|条例|商)|" + W
                + "(?:(?i:exports?(?! (?:controls?|bans?|licen[cs]es?|restrictions?|administration|regulations?)))"
                + "|exportiert(?:e|en)?)" + E + "|" + compound("Exporte?|Ausfuhren?"));
        measure(TRADE_FLOW, "imports", "进口额|进口(?!依存|替代|禁令|限制)|" + W
                + "(?:(?i:imports?(?! (?:bans?|tariffs?|duties)))|importiert(?:e|en)?)" + E + "|" + compound("Importe?|Einfuhren?"));
        measure(TRADE_FLOW, "trade_balance", "贸易顺差|贸易逆差|" + W
                + "(?i:trade (?:surplus|deficit))" + E + "|" + compound("Handelsüberschuss|Handelsdefizit|Handelsbilanz"));
    }

    /** Each cue's branches, gated one by one and tried where their words start: most sentences name few cues. */
    static final GatedAlternations PATTERNS = GatedAlternations.of(ENTRIES.stream().map(Entry::pattern).toList());

    private Cues() {
    }

    /**
     * German nouns, alone or as the end of a compound (Weltmarktanteil, Quartalsumsatz, Chipexporte,
     * Hikvision-Aktie); the noun's first letter is then lower case.
     */
    private static String compound(String nouns) {
        StringBuilder alternatives = new StringBuilder();
        for (String noun : nouns.split("\\|")) {
            char first = noun.charAt(0);
            alternatives.append(alternatives.isEmpty() ? "" : "|")
                    .append('[').append(first).append(Character.toLowerCase(first)).append(']').append(noun, 1, noun.length());
        }
        return "(?<!\\p{L})(?:\\p{Lu}\\p{Ll}+)?(?:" + alternatives + ")(?!\\p{L})";
    }

    private static void limit(String regex, Direction direction) {
        ENTRIES.add(new Entry(STOCK_MOVE, "limit_move", Cue.Role.LIMIT, direction, Pattern.compile(regex)));
    }

    private static void stock(String regex) {
        stock(regex, null);
    }

    private static void stock(String regex, Direction direction) {
        ENTRIES.add(new Entry(STOCK_MOVE, "price_change", Cue.Role.STOCK, direction, Pattern.compile(regex)));
    }

    private static void measure(MarketSubtype subtype, String kind, String regex) {
        ENTRIES.add(new Entry(subtype, kind, Cue.Role.MEASURE, null, Pattern.compile(regex)));
    }

    private static void rate(String regex) {
        ENTRIES.add(new Entry(MARKET_SIZE, "cagr", Cue.Role.RATE, null, Pattern.compile(regex)));
    }

    /** The cues of a sentence in order of position, overlaps resolved in favour of the longer. */
    static List<Cue> find(String sentence) {
        List<Cue> all = new ArrayList<>();
        PATTERNS.forEachMatch(sentence, (i, start, end) -> {
            Entry e = ENTRIES.get(i);
            all.add(new Cue(e.subtype, e.kind, e.role, e.direction, start, end));
        });
        all.sort(Comparator.comparingInt((Cue c) -> c.end() - c.start()).reversed());
        List<Cue> kept = new ArrayList<>();
        for (Cue c : all) {
            if (kept.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Cue::start));
        return kept;
    }
}
