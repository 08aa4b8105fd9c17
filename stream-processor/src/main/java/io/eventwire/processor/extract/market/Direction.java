package io.eventwire.processor.extract.market;

import io.eventwire.processor.text.WindowSearch;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which way a figure moved, read from the verbs and nouns around it in zh, en and de. */
enum Direction {
    UP, DOWN;

    private static final Pattern DOWN_WORDS = Pattern.compile(
            "下跌|下挫|下滑|下降|下调|回落|走低|收跌|大跌|暴跌|重挫|跌幅|跌去|跌至|跌破|跌|降至|降低|减少|缩水|蒸发|萎缩|跳水|亏损扩大"
                    + "|(?i)(?<![a-z])(?:fell|falls?|fallen|falling|sinking|dropp?(?:ed|s|ing)?|declin(?:ed|es|e|ing)|decreas(?:ed|es|e|ing)"
                    + "|slid(?:e|es|ing)?|slump(?:ed|s|ing)?|plung(?:ed|es|e|ing)|tumbl(?:ed|es|e|ing)|sank|sinks?|sunk"
                    + "|lost|los(?:e|es|ing)|shed|sheds|shedding|wip(?:e|ed|es|ing)|eras(?:e|ed|es|ing)|shr[ai]nk(?:s|ing)?|shrunk|down|lower"
                    + "|slipped|slips?|dipped|dips?|retreated|eased|contracted|crashed|collapsed"
                    + "|fiel(?:en)?|f[äa]llt|gefallen|sanken?|sinkt|gesunken|verlor(?:en)?|verliert|brach(?:en)?|büßte(?:n)?|gaben? um"
                    + "|eingebrochen|gaben? nach|rutscht(?:en|e)?|abgerutscht|stürzt(?:en|e)?|abgestürzt|Rückgang"
                    + "|Minus|Einbruch|Kurssturz|schrumpft(?:e|en)?|geschrumpft|weniger|senkt(?:e|en)?)(?![a-zäöü])");
    private static final Pattern UP_WORDS = Pattern.compile(
            "上涨|上升|上扬|攀升|走高|收涨|大涨|暴涨|飙升|增长|增加|增至|升至|提升|提高|扩大|激增|大增|猛增|翻番|翻倍|涨幅|涨"
                    + "|(?i)(?<![a-z])(?:rose|rises?|risen|rising|gain(?:ed|s|ing)?|jump(?:ed|s|ing)?|surg(?:ed|es|e|ing)"
                    + "|soar(?:ed|s|ing)?|climb(?:ed|s|ing)?|rall(?:ied|ies|y|ying)|increas(?:ed|es|e|ing)|gr[eo]w(?:s|n|ing)?"
                    + "|up|higher|added|adds|advanced|spiked|doubled|grew|boosted|expanded"
                    + "|stieg(?:en)?|steigt|gestiegen|steigert(?:e|en)?|erhöht(?:e|en)?|verdoppelt(?:e|en)?|legt(?:en|e)? (?:zu|um)|zugelegt|gewann(?:en)?|gewinnt|zogen? an|klettert(?:en|e)?"
                    + "|geklettert|wuchs|wuchsen|gewachsen|wächst|Anstieg|Plus|Zuwachs|Wachstum|mehr|schoss(?:en)? (?:nach oben|in die Höhe))"
                    + "(?![a-zäöü])");

    /** Verbs that alone say a price moved ("shares fell", 股价大跌, "Aktien brachen ein"): no "up", no "Plus". */
    private static final Pattern MOVE_VERBS = Pattern.compile(
            "下跌|下挫|大跌|暴跌|重挫|跳水|走低|收跌|跌幅|上涨|大涨|暴涨|飙升|走高|收涨|涨幅|"
                    + "(?i)(?<![a-z])(?:fell|dropped|declined|slid|slumped|plunged|tumbled|sank|dipped|slipped|crashed"
                    + "|lost|shed|rose|jumped|surged|soared|climbed|rallied|gained|added|spiked"
                    + "|fiel(?:en)?|sanken?|verlor(?:en)?|brach(?:en)? ein|gaben? nach|rutscht(?:en|e)? ab|stürzt(?:en|e)? ab"
                    + "|stieg(?:en)?|legt(?:en|e)? zu|zogen? an|klettert(?:en|e)?)(?![a-zäöü])");

    /** The word lists, searched where their words start: a clause is searched many times, for each figure. */
    private static final WindowSearch WORDS = WindowSearch.of(List.of(DOWN_WORDS, UP_WORDS, MOVE_VERBS));
    private static final int DOWN_WORD = 0;
    private static final int UP_WORD = 1;
    private static final int MOVE_VERB = 2;

    /** The JSON form: {@code up} or {@code down}. */
    String json() {
        return this == UP ? "up" : "down";
    }

    /** The direction word nearest to {@code from} in {@code text[from, to)} (the first one), or null. */
    static Direction firstIn(String text, int from, int to) {
        return nearest(text, Math.max(0, from), Math.min(text.length(), to), true);
    }

    /** The direction word nearest to {@code to} in {@code text[from, to)} (the last one), or null. */
    static Direction lastIn(String text, int from, int to) {
        return nearest(text, Math.max(0, from), Math.min(text.length(), to), false);
    }

    /** German separable verbs put their particle after the figure: "legte um 5 Prozent zu", "gab 3 % nach". */
    private static final Pattern PARTICLE = Pattern.compile("\\s*(zu|ein|nach)(?![a-zäöü])");

    /** The direction a German verb particle right at {@code from} gives, or null. */
    static Direction particleAt(String text, int from) {
        Matcher m = PARTICLE.matcher(text).region(Math.min(from, text.length()), text.length());
        if (!m.lookingAt()) {
            return null;
        }
        return m.group(1).equals("zu") ? UP : DOWN;
    }

    /** A price-move verb in a text. */
    record Move(int start, int end, Direction direction) {
    }

    /** The first price-move verb starting in {@code text[from, to)}, or null. */
    static Move moveStartingIn(String text, int from, int to) {
        WindowSearch.Window window = WORDS.in(text, Math.max(0, from), text.length());
        Matcher m = window.first(MOVE_VERB);
        if (m == null || window.offset() + m.start() >= to) {
            return null;
        }
        return new Move(window.offset() + m.start(), window.offset() + m.end(), directionOf(m.group()));
    }

    /** The direction of the first price-move verb in {@code text[from, to)}, or null. */
    static Direction moveIn(String text, int from, int to) {
        Matcher m = WORDS.in(text, Math.max(0, from), Math.min(text.length(), to)).first(MOVE_VERB);
        return m == null ? null : directionOf(m.group());
    }

    private static Direction directionOf(String moveVerb) {
        return DOWN_WORDS.matcher(moveVerb).find() ? DOWN : UP;
    }

    private static Direction nearest(String text, int from, int to, boolean first) {
        if (from >= to) {
            return null;
        }
        WindowSearch.Window window = WORDS.in(text, from, to);
        int down = first ? window.firstStart(DOWN_WORD) : window.lastStart(DOWN_WORD);
        int up = first ? window.firstStart(UP_WORD) : window.lastStart(UP_WORD);
        if (down < 0 && up < 0) {
            return null;
        }
        if (down < 0 || up < 0) {
            return down >= 0 ? DOWN : UP;
        }
        return (first ? down < up : down > up) ? DOWN : UP;
    }
}
