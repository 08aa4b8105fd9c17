package io.eventwire.processor.extract.number;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChineseNumeralsTest {

    private static void reads(String numeral, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(ChineseNumerals.parse(numeral)), numeral);
    }

    @Test
    void positionalNumerals() {
        reads("七", "7");
        reads("十五", "15");
        reads("二十", "20");
        reads("三千六百零七", "3607");
        reads("一千零十", "1010");
        reads("两百", "200");
        reads("千", "1000");
    }

    @Test
    void myriadsAndHundredMillions() {
        reads("三千五百万", "35000000");
        reads("一亿两千万", "120000000");
        reads("一万亿", "1000000000000");
        reads("三千六百零七亿", "360700000000");
    }

    @Test
    void decimals() {
        reads("十二点五", "12.5");
        reads("零点三", "0.3");
    }

    @Test
    void notANumeral() {
        assertNull(ChineseNumerals.parse(""));
        assertNull(ChineseNumerals.parse("三个"));
        assertNull(ChineseNumerals.parse("五点"));
    }
}
