package io.eventwire.processor.extract.number;

/**
 * Folds full-width digits, decimal point, percent and currency signs (４５.１亿, ３０％, ￥) to their ASCII
 * forms. Each character maps to exactly one character, so offsets into the folded text are offsets into the
 * original. The full-width comma (，) is left alone: in Chinese text it separates clauses, not thousands.
 */
final class Fullwidth {

    private Fullwidth() {
    }

    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９') {
                chars[i] = (char) ('0' + (c - '０'));
            } else if (c == '．') {
                chars[i] = '.';
            } else if (c == '％') {
                chars[i] = '%';
            } else if (c == '＄') {
                chars[i] = '$';
            } else if (c == '￥') {
                chars[i] = '¥';
            } else if (c == '－') {
                chars[i] = '-';
            }
        }
        return new String(chars);
    }
}
