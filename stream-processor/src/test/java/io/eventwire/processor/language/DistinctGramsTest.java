package io.eventwire.processor.language;

import org.junit.jupiter.api.Test;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DistinctGramsTest {

    @Test
    void everyDistinctGramOnce() {
        assertEquals(List.of("a", "ab", "aba", "abb", "b", "ba", "bab", "bb"),
                texts(DistinctGrams.of("ababb".toCharArray()).hashMapOrder()).stream().sorted().toList());
        assertEquals(List.of(), texts(DistinctGrams.of(new char[0]).hashMapOrder()));
    }

    @Test
    void aKeyKeepsItsCharsAndLengthNulsIncluded() {
        for (String gram : List.of("a", "\0", "\0\0", "a\0", "\0a\0", "\uFFFF\uFFFF\uFFFF", "中文")) {
            assertEquals(gram, DistinctGrams.text(DistinctGrams.key(gram.toCharArray(), 0, gram.length())));
        }
    }

    /** The order is that of the map OpenNLP fills, on texts from a few letters to many scripts, short and long. */
    @Test
    void theOrderIsThatOfAHashMapOfCharBuffers() {
        String[] alphabets = {"ab ", "abcdefghijklmnopqrstuvwxyz  .,", "äöüßéèçñ abcdefghij", "абвгдежзийклмнопрст ",
                "的一是不了人我在有他这中大来上个国", "あいうえおかきくけこアイウエオ漢字", "\0a\uD83D\uDE00 -"};
        SplittableRandom random = new SplittableRandom(7);
        int compared = 0;
        for (int n = 0; n < 600; n++) {
            String alphabet = alphabets[n % alphabets.length];
            char[] text = new char[random.nextInt(n % 5 == 0 ? 1600 : 60)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            long[] order = DistinctGrams.of(text).hashMapOrder();
            if (order != null) {
                assertEquals(openNlpOrder(text), texts(order), () -> "for " + new String(text));
                compared++;
            }
        }
        assertTrue(compared > 500, "most texts must be compared: " + compared);
    }

    @Test
    void aBucketThatMayBecomeATreeGetsNoOrder() {
        String crowded = crowded(12);
        assertNull(DistinctGrams.of(crowded.toCharArray()).hashMapOrder());
        assertNotNull(DistinctGrams.of(crowded.substring(0, 4).toCharArray()).hashMapOrder());
    }

    /**
     * Han characters 1,024 apart: their 1-gram hashes share their low ten bits, so up to a capacity of 1,024 they
     * crowd one bucket, which HashMap turns into a tree once it holds nine.
     */
    static String crowded(int characters) {
        StringBuilder crowded = new StringBuilder();
        for (int i = 0; i < characters; i++) {
            crowded.append((char) ('\u4E00' + 1024 * i));
        }
        return crowded.toString();
    }

    private static List<String> openNlpOrder(char[] text) {
        Map<CharSequence, Integer> counts = new HashMap<>();
        for (int length = 1; length <= DistinctGrams.MAX_LENGTH; length++) {
            for (int start = 0; start + length <= text.length; start++) {
                // As OpenNLP counts: get, then put (merge would put a new key first in its bucket, not last).
                CharBuffer gram = CharBuffer.wrap(text, start, length);
                counts.put(gram, counts.getOrDefault(gram, 0) + 1);
            }
        }
        List<String> order = new ArrayList<>();
        counts.keySet().forEach(gram -> order.add(gram.toString()));
        return order;
    }

    private static List<String> texts(long[] keys) {
        List<String> texts = new ArrayList<>();
        for (long key : keys) {
            texts.add(DistinctGrams.text(key));
        }
        return texts;
    }
}
