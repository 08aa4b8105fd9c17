package io.eventwire.processor.extract.text;

import io.eventwire.processor.text.CharTable;

/**
 * Folds text for matching without changing its length, so an offset in the folded text is the same offset in
 * the original: full-width ASCII forms (Ｈｕａｗｅｉ, ２０１９) become ASCII, the ideographic space a space,
 * typographic apostrophes and dashes their ASCII forms, and common traditional Chinese characters their
 * simplified forms (華為 → 华为), so one alias and one trigger word serve both scripts.
 *
 * <p>The traditional-to-simplified table covers the characters of organisation names and of the event
 * vocabulary ({@code 製裁}, {@code 實體清單}, {@code 禁令}…), not the whole script: a character outside it is
 * left as is, and a traditional alias can still be listed in the gazetteer.
 */
public final class TextFold {

    private static final String TRADITIONAL = "華為國電訊興達際視聯網騰團導體積務門業產實單灣臺無機飛雲長儲龍學術樂寧時車圖軟億萬資財議參眾會總統動衛驗證監鴻齊級場處區廣東兩歐貿開發據報傳擬將準備製進續對於與這個們說還後從來過應當點經濟價漲額幣營潤淨稱銷購採買賣項規條則錄納裡裏關稅鎖凍結復舉嚴厲審許遞協號權戰爭擊壓傷態勢爾蘭韓瑪遜聖頓維鳥創鎮莊劃邊陸島鐵銀錢標覽風險訂補貼陣辦構織員獨斷聞謀醞釀邏輯決頒佈階週屆歲曆攝頭舊專賽鏡紀鑒螞蟻節聲遠寶鐘麗亞馬愛諾羅喬齒盤緊張陳劉黃趙蘋邁蘇檢測試認設計護傑禮談論評貨運輸匯漢鄰頁題顯響歷";
    private static final String SIMPLIFIED = "华为国电讯兴达际视联网腾团导体积务门业产实单湾台无机飞云长储龙学术乐宁时车图软亿万资财议参众会总统动卫验证监鸿齐级场处区广东两欧贸开发据报传拟将准备制进续对于与这个们说还后从来过应当点经济价涨额币营润净称销购采买卖项规条则录纳里里关税锁冻结复举严厉审许递协号权战争击压伤态势尔兰韩玛逊圣顿维鸟创镇庄划边陆岛铁银钱标览风险订补贴阵办构织员独断闻谋酝酿逻辑决颁布阶周届岁历摄头旧专赛镜纪鉴蚂蚁节声远宝钟丽亚马爱诺罗乔齿盘紧张陈刘黄赵苹迈苏检测试认设计护杰礼谈论评货运输汇汉邻页题显响历";

    /**
     * Every char folded, and folded then lower-cased, computed once: the gazetteer and the sanction rules fold
     * whole article texts, and the rule below looks Han characters up in {@link #TRADITIONAL} one by one.
     */
    private static final CharTable FOLDED = CharTable.of(c -> rule((char) c));
    private static final CharTable FOLDED_LOWER = CharTable.of(c -> Character.toLowerCase(FOLDED.map((char) c)));

    private TextFold() {
    }

    /** {@code text} folded for matching, case kept; the result has the length of {@code text}. */
    public static String fold(String text) {
        return FOLDED.map(text);
    }

    /** {@link #fold(String)} and lower case: what case-insensitive matching compares. */
    public static String foldLower(String text) {
        return FOLDED_LOWER.map(text);
    }

    /** The table of {@link #foldLower}: for an automaton that folds a text as it reads it. */
    public static CharTable lowerTable() {
        return FOLDED_LOWER;
    }

    /** Whether {@code text} folded ({@link #fold(String)}) holds {@code folded} at {@code at}, without folding it all. */
    public static boolean foldsTo(String text, int at, String folded) {
        if (at < 0 || at + folded.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < folded.length(); i++) {
            if (FOLDED.map(text.charAt(at + i)) != folded.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** One character folded; never changes the number of UTF-16 units. */
    public static char fold(char c) {
        return FOLDED.map(c);
    }

    /** The folding of one character, which the tables hold for every char (package-private: the test compares). */
    static char rule(char c) {
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
}
