package io.eventwire.processor.extract.sanction;

import io.eventwire.processor.RandomTexts;
import io.eventwire.processor.WholePatterns;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class TriggerLexiconTest {

    /**
     * Gated branch by branch, the triggers find what each whole trigger pattern finds: random sentences of
     * their words in all three languages, with the verbs, articles and list names they combine.
     */
    @Test
    void theTriggersAreThoseOfTheWholePatterns() {
        String[] words = {"lift", "lifted", "lifts", "the", "its", "some", "sanctions", "Sanctions", "ban", "bans", "banned",
                "restrictions", "denial order", "was", "were", "has been", "removed", "remove", "from", "entity list",
                "Entity List", "blacklist", "list", "eased", "rescinded", "aufgehoben", "hebt", "auf", "von der",
                "Entity-List", "gestrichen", "解除", "取消", "制裁", "禁令", "限制", "从", "实体清单", "黑名单", "名单", "移除",
                "移出", "unreliable entity list", "不可靠实体清单", "counter-sanctions", "retaliation", "Gegenmaßnahmen",
                "反制", "对等制裁", "unverified list", "schwarze Liste", "sdn list", "Magnitsky", "treasury", "OFAC",
                "sanctioned", "imposed sanctions", "by", "财政部", "asset freeze", "freeze", "assets", "Vermögen",
                "eingefroren", "冻结", "资产", "NS-CMIC", "1260H", "investment", "investors", "buying", "shares",
                "restricts", "Anleger", "Kauf", "von", "Aktien", "投资", "禁止", "federal", "agencies", "purchasing",
                "government", "devices", "phones", "Diensthandys", "behörden", "kaufen", "政府采购", "政府", "采购",
                "export controls", "export ban", "prevent", "acquiring", "US", "American", "cut off", "supplies",
                "revoked", "licenses", "Exportverbot", "verbietet", "zu liefern", "darf", "nicht", "beliefern",
                "widerrief", "Lizenzen", "出口管制", "向", "出口", "equipment authorization", "covered list",
                "Zulassungen", "设备授权", "purchase of", "use of", "rip out", "equipment", "drones", "verbannt",
                "禁购", "拆除", "设备", "stopped selling", "pulled", "shelves", "took", "off", "Sortiment", "下架",
                "issued", "a", "warning", "warned against", "warnt vor", "Warnung", "发布", "警告", "are", "listed",
                "in", "on the list", "Sanktionen", "Verbot", "Handelsbeschränkungen", "restrictive measures",
                "auf die Liste", "列入", "Huawei", "华为", ",", "，", ".", "-", " "};
        int compared = WholePatterns.assertGatedMatchesAreTheWholePatterns(TriggerLexicon.PATTERNS,
                RandomTexts.of(words, 59, 4_000, 1, 16, true));
        assertTrue(compared > 5_000, "the random texts must exercise the triggers: " + compared);
    }
}
