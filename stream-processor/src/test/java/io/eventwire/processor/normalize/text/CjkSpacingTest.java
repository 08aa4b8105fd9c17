package io.eventwire.processor.normalize.text;

import org.junit.jupiter.api.Test;

import java.util.Random;
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
                supplementaryHan, "\uD840", "\uDC00", "가"};
        Random random = new Random(20260505);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(10); length > 0; length--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String input = text.toString();
            assertEquals(SPACE_BETWEEN_CJK.matcher(input).replaceAll(""), CjkSpacing.withoutSpacesBetweenCjk(input),
                    () -> "for " + input.chars().mapToObj(c -> String.format("U+%04X", c)).toList());
        }
    }
}
