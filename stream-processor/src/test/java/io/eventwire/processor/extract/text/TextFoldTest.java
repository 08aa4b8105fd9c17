package io.eventwire.processor.extract.text;

import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The folding tables against the rule they were computed from, as TextFold applied it char by char before. */
class TextFoldTest {

    private static final String TRADITIONAL = "華為國電訊興達際視聯網騰團導體積務門業產實單灣臺無機飛雲長儲龍學術樂寧時車圖軟億萬資財議參眾會總統動衛驗證監鴻齊級場處區廣東兩歐貿開發據報傳擬將準備製進續對於與這個們說還後從來過應當點經濟價漲額幣營潤淨稱銷購採買賣項規條則錄納裡裏關稅鎖凍結復舉嚴厲審許遞協號權戰爭擊壓傷態勢爾蘭韓瑪遜聖頓維鳥創鎮莊劃邊陸島鐵銀錢標覽風險訂補貼陣辦構織員獨斷聞謀醞釀邏輯決頒佈階週屆歲曆攝頭舊專賽鏡紀鑒螞蟻節聲遠寶鐘麗亞馬愛諾羅喬齒盤緊張陳劉黃趙蘋邁蘇檢測試認設計護傑禮談論評貨運輸匯漢鄰頁題顯響歷";
    private static final String SIMPLIFIED = "华为国电讯兴达际视联网腾团导体积务门业产实单湾台无机飞云长储龙学术乐宁时车图软亿万资财议参众会总统动卫验证监鸿齐级场处区广东两欧贸开发据报传拟将准备制进续对于与这个们说还后从来过应当点经济价涨额币营润净称销购采买卖项规条则录纳里里关税锁冻结复举严厉审许递协号权战争击压伤态势尔兰韩玛逊圣顿维鸟创镇庄划边陆岛铁银钱标览风险订补贴阵办构织员独断闻谋酝酿逻辑决颁布阶周届岁历摄头旧专赛镜纪鉴蚂蚁节声远宝钟丽亚马爱诺罗乔齿盘紧张陈刘黄赵苹迈苏检测试认设计护杰礼谈论评货运输汇汉邻页题显响历";

    /** The rule as it was written, applied on every call. */
    private static char referenceFold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        switch (c) {
            case '\u3000', '\u00A0', '\u2009', '\u202F' -> {
                return ' ';
            }
            case '\u2019', '\u2018', '\u00B4', '\u0060' -> {
                return '\'';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> {
                return '-';
            }
            default -> {
                int index = c >= '\u4E00' ? TRADITIONAL.indexOf(c) : -1;
                return index >= 0 ? SIMPLIFIED.charAt(index) : c;
            }
        }
    }

    @Test
    void everyCharFoldsAsTheRuleSays() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char expected = referenceFold((char) c);
            assertEquals(expected, TextFold.fold((char) c), String.format("U+%04X", c));
            assertEquals(Character.toLowerCase(expected), TextFold.foldLower(String.valueOf((char) c)).charAt(0),
                    String.format("U+%04X", c));
        }
    }

    @Test
    void textsFoldCharByChar() {
        String[] pieces = {"Ｈｕａｗｅｉ", "華為", "华为", "ZTE", "ｚｔｅ", "\u3000", "\u2019s", "\u2013", "製裁", "實體清單",
                "Entity List", "İ", "ß", "Σ", "\uD83D\uDE00", "\uD800", "２０１９", "´", "`", "A"};
        for (String text : RandomTexts.of(pieces, 23, 5_000, 0, 12, true)) {
            StringBuilder folded = new StringBuilder();
            StringBuilder lower = new StringBuilder();
            for (char c : text.toCharArray()) {
                folded.append(referenceFold(c));
                lower.append(Character.toLowerCase(referenceFold(c)));
            }
            assertEquals(folded.toString(), TextFold.fold(text), RandomTexts.codes(text));
            assertEquals(lower.toString(), TextFold.foldLower(text), RandomTexts.codes(text));
        }
    }
}
