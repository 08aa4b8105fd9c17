package io.eventwire.processor.normalize.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Month names and their usual abbreviations in English, German, French and Spanish. */
final class Months {

    private static final List<List<String>> NAMES = List.of(
            List.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"),
            List.of("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
                    "oktober", "november", "dezember"),
            List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                    "octobre", "novembre", "décembre"),
            List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                    "octubre", "noviembre", "diciembre"));

    /** Abbreviations: the first three letters of the English and German names, and "sept". */
    private static final Map<String, Integer> NUMBERS = new HashMap<>();

    static {
        for (List<String> language : NAMES) {
            for (int month = 1; month <= 12; month++) {
                NUMBERS.putIfAbsent(language.get(month - 1), month);
            }
        }
        for (int language = 0; language < 2; language++) {
            for (int month = 1; month <= 12; month++) {
                NUMBERS.putIfAbsent(NAMES.get(language).get(month - 1).substring(0, 3), month);
            }
        }
        NUMBERS.put("sept", 9);
    }

    private Months() {
    }

    /** 1 to 12 for a month name or abbreviation (any case), 0 for any other word. */
    static int number(String name) {
        return NUMBERS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }
}
