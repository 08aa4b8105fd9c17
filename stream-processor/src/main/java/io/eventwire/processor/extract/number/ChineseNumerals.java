package io.eventwire.processor.extract.number;

import java.math.BigDecimal;

/**
 * Chinese numerals as written in news: 三千六百零七, 十二点五, 两, 千 (a bare 千 or 十 means one thousand / ten).
 * Arabic digits may stand in for the digit characters (3千, 1万), as they do in mixed writing.
 */
final class ChineseNumerals {

    /** Characters a Chinese numeral is made of, 点 (decimal point) included. */
    static final String CHARS = "零〇一二两三四五六七八九十百千万亿点";

    private ChineseNumerals() {
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> c >= '0' && c <= '9' ? c - '0' : -1;
        };
    }

    /** The multiplier of a unit character (十 百 千 万 亿), or 0 when it is none. */
    static long unit(char c) {
        return switch (c) {
            case '十' -> 10L;
            case '百' -> 100L;
            case '千' -> 1_000L;
            case '万' -> 10_000L;
            case '亿' -> 100_000_000L;
            default -> 0L;
        };
    }

    /** The value of a numeral, or null when the text is not one. */
    static BigDecimal parse(String numeral) {
        if (numeral.isEmpty()) {
            return null;
        }
        int point = numeral.indexOf('点');
        if (point >= 0) {
            BigDecimal whole = parse(numeral.substring(0, point));
            String fraction = decimals(numeral.substring(point + 1));
            return whole == null || fraction == null ? null : whole.add(new BigDecimal("0." + fraction));
        }
        // Buckets: above 亿, between 万 and 亿, below 万 (section), and the pending digit.
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal wan = BigDecimal.ZERO;
        long section = 0;
        long pending = 0;
        for (char c : numeral.toCharArray()) {
            int d = digit(c);
            long u = unit(c);
            if (d >= 0) {
                pending = d;
            } else if (u == 10_000L) {
                wan = BigDecimal.valueOf((section + pending) * u);
                section = pending = 0;
            } else if (u == 100_000_000L) {
                total = total.add(wan).add(BigDecimal.valueOf(section + pending)).multiply(BigDecimal.valueOf(u));
                wan = BigDecimal.ZERO;
                section = pending = 0;
            } else if (u > 0) {
                // A unit without a digit before it counts once: 十五 is 15, 千亿 is 1000亿.
                section += Math.max(pending, 1) * u;
                pending = 0;
            } else {
                return null;
            }
        }
        return total.add(wan).add(BigDecimal.valueOf(section + pending));
    }

    private static String decimals(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            int d = digit(c);
            if (d < 0) {
                return null;
            }
            out.append(d);
        }
        return out.isEmpty() ? null : out.toString();
    }
}
