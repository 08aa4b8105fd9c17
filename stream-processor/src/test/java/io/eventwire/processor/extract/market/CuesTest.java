package io.eventwire.processor.extract.market;

import io.eventwire.processor.RandomTexts;
import io.eventwire.processor.WholePatterns;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CuesTest {

    /**
     * Gated branch by branch and tried where their words start, the cues find what each whole cue pattern
     * finds: random sentences of their words in all three languages, with prefixes, compounds and the words
     * their lookarounds refuse.
     */
    @Test
    void theCuesAreThoseOfTheWholePatterns() {
        String[] words = {"跌停", "涨停", "limit-down", "Limit up", "收报", "报", "于", "14.62", "港元", "元", "美元", "股价",
                "股票", "个股", "盘中", "港股", "A股", "share price", "stock prices", "shares", "market shares", "per shares",
                "stock", "stocks", "stock market", "Aktie", "Aktien", "Hikvision-Aktie", "Chipaktien", "Kurs", "Kurse",
                "Kurssturz", "Kursverluste", "sell-off", "selloff", "rally", "Kursgewinne", "总市值", "市值",
                "market value", "market capitalisation", "market cap", "Börsenwert", "Marktkapitalisierung", "成交额",
                "达成交", "成交价", "成交", "trading volume", "turnover", "Handelsvolumen", "成交量", "换手率", "营业收入",
                "营收", "人均收入", "收入", "revenue", "revenues", "sales", "per sales", "Umsatz", "Quartalsumsatz", "Erlöse",
                "每股收益", "earnings per share", "EPS", "Gewinn je Aktie", "净利润", "净利", "net income", "Nettogewinn",
                "利润", "profit", "operating profits", "earnings", "Gewinne", "EBITDA", "亏损", "net loss", "losses",
                "Verlust", "市场规模", "market size", "size of the chip market", "market was worth", "market is expected to reach",
                "market for lidar sensors was worth", "market reached", "Markt für", "Marktvolumen", "Weltmarkt",
                "worldwide foundry revenue", "global sales", "Apple's global sales", "全球半导体销售额", "weltweite Umsatz",
                "Branchenumsatz", "年均复合增长率", "CAGR", "compound annual growth rate", "jährliche Wachstumsrate",
                "市占率", "市场份额", "的份额", "占据了", "全球", "市场", "market share", "share of the chip market",
                "of the market", "des Marktes", "Marktanteil", "库存", "存货", "inventory", "inventories", "stockpiles",
                "Lagerbestände", "Vorräte", "出口额", "出口", "出口管制", "exports", "export controls", "exportiert",
                "Exporte", "Chipexporte", "Ausfuhren", "进口", "进口替代", "imports", "import bans", "Einfuhren",
                "贸易顺差", "trade surplus", "Handelsbilanz", "the", "of", "x", "é", "3", "%", "，", ".", "-", " "};
        int compared = WholePatterns.assertGatedMatchesAreTheWholePatterns(Cues.PATTERNS,
                RandomTexts.of(words, 61, 4_000, 1, 16, true));
        assertTrue(compared > 5_000, "the random texts must exercise the cues: " + compared);
    }
}
