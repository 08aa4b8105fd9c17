package io.eventwire.processor.normalize.text;

import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CjkSpacingTest {

    /** The regular expression the one-pass scan replaced: the reference it must agree with. */
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}，。、；：！？）」』])[ \\t]+"
                    + "(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}，。、；：！？（「『])");

    @Test
    void spacesBetweenChineseCharactersGoOthersStay() {
        assertEquals("中国央行周二宣布加息。「新政」", CjkSpacing.withoutSpacesBetweenCjk("中国央行 周二宣布\t 加息。 「新政」"));
        assertEquals("央行 ECB 加息", CjkSpacing.withoutSpacesBetweenCjk("央行 ECB 加息"));
        assertEquals("ひらがなカタカナ", CjkSpacing.withoutSpacesBetweenCjk("ひらがな カタカナ"));
    }

    @Test
    void removesWhatTheRegularExpressionRemoved() {
        String supplementaryHan = new String(Character.toChars(0x20000));
        String[] pieces = {"中", "文", "。", "，", "（", "」", "あ", "カ", "a", "B", "1", " ", " ", "\t", "\n", ".",
                supplementaryHan, "\uD840", "\uDC00", "가", "\u2E7F", "\u2E80", "\u3005", "é", "？", "』"};
        for (String input : RandomTexts.of(pieces, 20260505, 50_000, 0, 10, false)) {
            assertEquals(SPACE_BETWEEN_CJK.matcher(input).replaceAll(""), CjkSpacing.withoutSpacesBetweenCjk(input),
                    () -> "for " + RandomTexts.codes(input));
        }
    }
}
