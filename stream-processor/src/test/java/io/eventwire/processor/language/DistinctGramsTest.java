package io.eventwire.processor.language;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DistinctGramsTest {

    @Test
    void everyDistinctGramOnce() {
        assertEquals(List.of("a", "b", "ab", "ba", "bb", "aba", "bab", "abb"),
                texts(DistinctGrams.of("ababb".toCharArray())));
        assertEquals(List.of(), texts(DistinctGrams.of(new char[0])));
    }

    @Test
    void aKeyKeepsItsCharsAndLengthNulsIncluded() {
        for (String gram : List.of("a", "\0", "\0\0", "a\0", "\0a\0", "\uFFFF\uFFFF\uFFFF", "中文")) {
            assertEquals(gram, DistinctGrams.text(DistinctGrams.key(gram.toCharArray(), 0, gram.length())));
        }
    }

    /** The grams OpenNLP's context generator counts, on texts from a few letters to many scripts, short and long. */
    @Test
    void theGramsAreThoseOfASetOfSubstrings() {
        String[] alphabets = {"ab ", "abcdefghijklmnopqrstuvwxyz  .,", "äöüßéèçñ abcdefghij", "абвгдежзийклмнопрст ",
                "的一是不了人我在有他这中大来上个国", "あいうえおかきくけこアイウエオ漢字", "\0a\uD83D\uDE00 -"};
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 600; n++) {
            String alphabet = alphabets[n % alphabets.length];
            char[] text = new char[random.nextInt(n % 5 == 0 ? 1600 : 60)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            assertEquals(List.copyOf(substrings(new String(text))), texts(DistinctGrams.of(text)),
                    () -> "for " + new String(text));
        }
    }

    private static Set<String> substrings(String text) {
        Set<String> grams = new LinkedHashSet<>();
        for (int length = 1; length <= DistinctGrams.MAX_LENGTH; length++) {
            for (int start = 0; start + length <= text.length(); start++) {
                grams.add(text.substring(start, start + length));
            }
        }
        return grams;
    }

    private static List<String> texts(long[] keys) {
        List<String> texts = new ArrayList<>();
        for (long key : keys) {
            texts.add(DistinctGrams.text(key));
        }
        return texts;
    }
}
