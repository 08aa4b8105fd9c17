package io.eventwire.processor.extract.market;

import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class UnlistedCompaniesTest {

    /**
     * The check before the pattern of names with a legal form leaves out no sentence the pattern matches: on random
     * texts of capitalised words, legal forms as written and in other cases, the chars around them and ordinary
     * words that hold a form folded.
     */
    @Test
    void theLegalFormCheckLeavesOutNoMatch() {
        String[] pieces = {"Acme", "Robotics", "L'Oréal", "AT&T", "Rolls-Royce", "Inc", "Inc.", "inc", "Corp", "Corp.",
                "Co.", "Co", "Ltd", "Ltd.", "plc", "PLC", "Plc", "N.V.", "S.A.", "AG", "Ag", "ag", "SE", "Se", "GmbH",
                "KGaA", "since", "these", "Tage", ",", " ", "\t", "\n", "'s", "’", "-", ".", "&", "de", "x", "1", "Ä"};
        int matches = RandomTexts.assertGateLetsThroughEveryMatch(UnlistedCompanies.legalFormPattern(),
                UnlistedCompanies::mayNameLegalForm, RandomTexts.of(pieces, 59, 20_000, 1, 10, true));
        assertTrue(matches > 1_000, "the random texts must exercise the pattern: " + matches);
    }

    /**
     * The check before the Chinese name pattern leaves out no sentence the pattern matches: on random texts of
     * names, their last words, stock codes, what is said of a company and the near misses of each.
     */
    @Test
    void theChineseCheckLeavesOutNoMatch() {
        String[] pieces = {"韦尔", "股份", "集团", "控股", "科技", "证券", "通讯", "精密", "光电", "微电子", "电子", "中芯国际",
                "（", "(", "）", "603501", "0981", ".HK", "HK", "12345", "12", "股价", "股票", "总市值", "市值", "营收",
                "营业收入", "净利润", "收跌", "大涨", "跌停", "盘中", "港股", "A股", "今日", "周四", "周六", "，", "。",
                "、", "的", "和", " ", "国内", "该", "a"};
        int matches = RandomTexts.assertGateLetsThroughEveryMatch(UnlistedCompanies.chinesePattern(),
                UnlistedCompanies::mayNameChinese, RandomTexts.of(pieces, 53, 20_000, 1, 10, false));
        assertTrue(matches > 1_000, "the random texts must exercise the pattern: " + matches);
    }
}
