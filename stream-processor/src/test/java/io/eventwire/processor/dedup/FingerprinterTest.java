package io.eventwire.processor.dedup;

import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import io.eventwire.processor.RandomTexts;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FingerprinterTest {

    private final Fingerprinter fingerprinter = new Fingerprinter(DedupConfig.defaults());

    @Test
    void normalizationFoldsCaseWidthPunctuationAndSpaces() {
        assertEquals("hikvision 2019 年10月 美国商务部", Fingerprinter.normalize("  HIKVISION, ２０１９ —年10月：美国商务部！ "));
    }

    @Test
    void vowelSignsStayInsideTheirWord() {
        assertEquals("हिंदी समाचार", Fingerprinter.normalize("हिंदी, समाचार"));
    }

    @Test
    void everyCodePointIsAWordCharWhereItIsALetterDigitOrMark() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = Character.getType(cp);
            assertEquals(Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK, Fingerprinter.isWordChar(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void normalizesAsTheCodePointLoopDid() {
        String[] pieces = {"a", "Z", "中", "ि", " ", "  ", ",", "—", "\u00A0", "\u3000", "\n", "２", "Ⅻ", "İ", "Σ",
                "\uD835\uDC00", "\uD83D\uDE00", "\uD800", "\uDC00", "."};
        for (String input : RandomTexts.of(pieces, 20261121, 50_000, 0, 12, false)) {
            assertEquals(referenceNormalize(input), Fingerprinter.normalize(input),
                    () -> "for " + RandomTexts.codes(input));
        }
    }

    /** The normalization as first written, a code point at a time: the reference the copying one must agree with. */
    private static String referenceNormalize(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(cp);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    @Test
    void exactKeyIgnoresTypographyButNotWords() {
        TextFingerprint a = fingerprinter.fingerprint("Shares fell 9% on Wednesday.");
        assertEquals(a.exactKey(), fingerprinter.fingerprint("shares  FELL 9 %  on Wednesday").exactKey());
        assertNotEquals(a.exactKey(), fingerprinter.fingerprint("Shares rose 9% on Wednesday.").exactKey());
    }

    @Test
    void wordShinglesForLatinScriptAndCharacterShinglesForChinese() {
        // three words give one 3-word shingle; five Han characters give three 3-character shingles
        assertEquals(1, fingerprinter.shingles("one two three").length);
        assertEquals(3, fingerprinter.shingles("美国商务部").length);
        assertEquals(4, fingerprinter.shingles("one two three 美国商务部").length);
        assertEquals(0, fingerprinter.fingerprint("two words").shingles());
    }

    @Test
    void similarityIsHighForSmallEditsAndLowForOtherTexts() {
        String base = "the commerce department added four camera makers to its export blacklist on tuesday "
                + "saying their equipment had been used in surveillance programmes abroad and at home";
        String edited = base.replace("tuesday", "monday");
        String other = "central bank officials left interest rates unchanged and signalled two cuts later "
                + "this year as inflation eased in most large economies of the region";
        TextFingerprint a = fingerprinter.fingerprint(base);
        assertTrue(fingerprinter.similarity(a.minHash(), fingerprinter.fingerprint(edited).minHash()) > 0.6);
        assertTrue(fingerprinter.similarity(a.minHash(), fingerprinter.fingerprint(other).minHash()) < 0.1);
        assertTrue(TextFingerprint.hammingDistance(a.simHash(), fingerprinter.fingerprint(edited).simHash()) < 16);
    }

    @Test
    void noCodePointBelowTheFirstCjkOneIsHanHiraganaOrKatakana() {
        for (int cp = 0; cp < Fingerprinter.FIRST_CJK; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            assertFalse(script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA, Integer.toHexString(cp));
        }
        assertTrue(Fingerprinter.isCjk(0x2E80));
        assertTrue(Fingerprinter.isCjk(0x20000));
    }

    @Test
    void everyCodePointIsCjkWhereItsScriptIsHanHiraganaOrKatakana() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            assertEquals(script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA, Fingerprinter.isCjk(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void shinglesAreTheDistinctHashesOfTokenRunsWhateverTheScriptsMix() {
        for (String text : List.of("one two three one two three one two three four", "a b", "",
                "hikvision 2019 年10月 美国商务部 fell", "abc美国商务部def ghi jkl カタカナ ひらがな", "𠀀𠀁𠀂 x𠀃y z w",
                "der preis stieg um 9 prozent der preis stieg um 9 prozent")) {
            assertArrayEquals(referenceShingles(text), sorted(fingerprinter.shingles(text)), text);
        }
    }

    /** The shingles were sorted once; SimHash and MinHash must not tell that they no longer are. */
    @Test
    void signaturesAreThoseOfTheSortedShingles() {
        DedupConfig config = DedupConfig.defaults();
        SimilarityHashPolicy simHash = SimilarityHashing.simHash(64);
        SimilarityHashPolicy minHash = SimilarityHashing.superMinHash(config.minHashComponents(),
                DedupConfig.MIN_HASH_BITS);
        String[] words = {"preis", "stieg", "um", "9", "prozent", "der", "美", "国", "商", "务", "部"};
        for (String text : RandomTexts.of(words, 20261121, 2_000, 3, 200, true)) {
            String normalized = Fingerprinter.normalize(text);
            long[] shingles = fingerprinter.shingles(normalized);
            if (shingles.length == 0) {
                continue;
            }
            TextFingerprint fingerprint = fingerprinter.fingerprint(text);
            ElementHashProvider inOldOrder = ElementHashProvider.ofValues(sorted(shingles));
            assertArrayEquals(minHash.createHasher().compute(inOldOrder), fingerprint.minHash(), text);
            assertEquals(ByteBuffer.wrap(simHash.createHasher().compute(inOldOrder)).getLong(), fingerprint.simHash(),
                    text);
        }
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** The shingles spelled out: token strings, one string per shingle, then sort and distinct. */
    private static long[] referenceShingles(String normalized) {
        List<String> words = new ArrayList<>();
        List<String> cjk = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int cp : normalized.codePoints().toArray()) {
            boolean isCjk = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA;
            if (isCjk || cp == ' ') {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (isCjk) {
                    cjk.add(Character.toString(cp));
                }
            } else {
                word.appendCodePoint(cp);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        List<Long> hashes = new ArrayList<>();
        for (int start = 0; start + 3 <= words.size(); start++) {
            hashes.add(Hashing.komihash5_0().hashCharsToLong(String.join(" ", words.subList(start, start + 3)) + " "));
        }
        for (int start = 0; start + 3 <= cjk.size(); start++) {
            hashes.add(Hashing.komihash5_0().hashCharsToLong("\u0001" + String.join(" ", cjk.subList(start, start + 3))
                    + " "));
        }
        return hashes.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }
}
