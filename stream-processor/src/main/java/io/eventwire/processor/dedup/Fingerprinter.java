package io.eventwire.processor.dedup;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import io.eventwire.contracts.id.Ids;
import io.eventwire.processor.text.LongTable;
import io.eventwire.processor.text.TextBuffer;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns an article text into its fingerprints: an exact key of the normalized text, a 64-bit SimHash and a
 * MinHash signature over shingles.
 *
 * <p>Shingles: Chinese and Japanese are written without spaces, so their characters are the tokens and a
 * shingle is {@code cjkShingle} consecutive characters; every other script is split into words and a shingle
 * is {@code wordShingle} consecutive words. A text mixing both yields shingles of both kinds.
 */
public final class Fingerprinter {

    private static final Hasher64 HASHER = Hashing.komihash5_0();
    /** Marks character shingles so that a CJK shingle never collides with a word shingle of equal spelling. */
    private static final char CJK_TAG = '\u0001';
    private static final char SEPARATOR = ' ';
    /**
     * No code point below U+2E80 (CJK Radicals Supplement) is Han, Hiragana or Katakana: most text is decided
     * without a script lookup, a binary search per character.
     */
    static final int FIRST_CJK = 0x2E80;
    /**
     * The script lookup's answer for every char, worked out once: Chinese and Japanese text is almost all
     * above {@link #FIRST_CJK}, and the lookup is a binary search per char (supplementary ideographs, rare,
     * still take it).
     */
    private static final boolean[] CJK_IN_BMP = new boolean[Character.MAX_VALUE + 1];

    /**
     * {@link #isLetterDigitOrMark}'s answer for every char, worked out once: two category lookups per char of
     * every text cost more than one read.
     */
    private static final boolean[] WORD_CHAR_IN_BMP = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = FIRST_CJK; c <= Character.MAX_VALUE; c++) {
            CJK_IN_BMP[c] = isCjkScript(c);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            WORD_CHAR_IN_BMP[c] = isLetterDigitOrMark(c);
        }
    }

    private final int wordShingle;
    private final int cjkShingle;
    private final SimilarityHashPolicy simHash = SimilarityHashing.simHash(64);
    private final SimilarityHashPolicy minHash;

    public Fingerprinter(DedupConfig config) {
        this.wordShingle = config.wordShingle();
        this.cjkShingle = config.cjkShingle();
        this.minHash = SimilarityHashing.superMinHash(config.minHashComponents(), DedupConfig.MIN_HASH_BITS);
    }

    public TextFingerprint fingerprint(String text) {
        String normalized = normalize(text);
        long[] shingles = shingles(normalized);
        String exactKey = Ids.sha256(normalized);
        if (shingles.length == 0) {
            // Shorter than one shingle: no similarity signature (hash4j refuses an empty element set).
            return new TextFingerprint(exactKey, 0L, new byte[0], 0);
        }
        ElementHashProvider elements = ElementHashProvider.ofValues(shingles);
        return new TextFingerprint(exactKey, toLong(simHash.createHasher().compute(elements)),
                minHash.createHasher().compute(elements), shingles.length);
    }

    /** The estimated Jaccard similarity of two MinHash signatures made by this fingerprinter. */
    public double similarity(byte[] minHashA, byte[] minHashB) {
        if (minHashA.length == 0 || minHashA.length != minHashB.length) {
            return 0;
        }
        return minHash.getFractionOfEqualComponents(minHashA, minHashB);
    }

    /** Component {@code index} of a MinHash signature, for the LSH bands. */
    long component(byte[] minHashSignature, int index) {
        return minHash.getComponent(minHashSignature, index);
    }

    /**
     * Unicode NFKC (full-width digits and letters become ASCII), lower case, punctuation dropped and
     * whitespace collapsed: copies that differ only in typography get the same exact key.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // Runs of word chars are copied in one piece: appending code point by code point was most of the work.
        TextBuffer out = new TextBuffer(folded.length());
        int runStart = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = codePointAt(folded, i);
            if (isWordChar(cp)) {
                if (runStart < 0) {
                    if (!out.isEmpty()) {
                        out.append(SEPARATOR);
                    }
                    runStart = i;
                }
            } else if (runStart >= 0) {
                out.append(folded, runStart, i);
                runStart = -1;
            }
            i += Character.charCount(cp);
        }
        if (runStart >= 0) {
            out.append(folded, runStart, folded.length());
        }
        return out.toString();
    }

    /** Whether a code point belongs to a word: {@link #WORD_CHAR_IN_BMP}'s answer, or the rule's above it. */
    static boolean isWordChar(int codePoint) {
        return codePoint < WORD_CHAR_IN_BMP.length ? WORD_CHAR_IN_BMP[codePoint] : isLetterDigitOrMark(codePoint);
    }

    /**
     * Letters and digits, and the vowel signs and diacritics (Arabic, Devanagari, Thai) that belong to their
     * word, not between words.
     */
    private static boolean isLetterDigitOrMark(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** The distinct 64-bit hashes of the shingles of a normalized text, in no particular order. */
    long[] shingles(String normalized) {
        Tokens words = new Tokens();
        Tokens cjkChars = new Tokens();
        int wordStart = -1;
        for (int i = 0; i < normalized.length(); ) {
            int cp = codePointAt(normalized, i);
            int next = i + Character.charCount(cp);
            if (isCjk(cp) || cp == SEPARATOR) {
                if (wordStart >= 0) {
                    words.add(wordStart, i);
                    wordStart = -1;
                }
                if (cp != SEPARATOR) {
                    cjkChars.add(i, next);
                }
            } else if (wordStart < 0) {
                wordStart = i;
            }
            i = next;
        }
        if (wordStart >= 0) {
            words.add(wordStart, normalized.length());
        }
        long[] hashes = new long[Math.max(0, words.size - wordShingle + 1)
                + Math.max(0, cjkChars.size - cjkShingle + 1)];
        TextBuffer shingle = new TextBuffer(64);
        int n = addShingles(normalized, words, wordShingle, false, shingle, hashes, 0);
        n = addShingles(normalized, cjkChars, cjkShingle, true, shingle, hashes, n);
        return LongTable.distinct(hashes, n);
    }

    /**
     * Each shingle's hash: its tokens, each followed by a separator, after the tag of character shingles. One
     * buffer for all of them, filled from the text's token ranges, as a text has thousands of shingles.
     */
    private static int addShingles(String text, Tokens tokens, int width, boolean tagged, TextBuffer shingle,
                                   long[] into, int from) {
        int n = from;
        for (int start = 0; start + width <= tokens.size; start++) {
            shingle.clear();
            if (tagged) {
                shingle.append(CJK_TAG);
            }
            for (int t = start; t < start + width; t++) {
                shingle.append(text, tokens.starts[t], tokens.ends[t]).append(SEPARATOR);
            }
            into[n++] = HASHER.hashCharsToLong(shingle);
        }
        return n;
    }

    /** Where a text's tokens are: char ranges, so that no token is copied out of the text on its own. */
    private static final class Tokens {
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int size;

        void add(int start, int end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }
    }

    /**
     * {@link String#codePointAt}, which was a tenth of the fingerprint on texts with chars above U+00FF (each
     * call checks its index and both halves of a pair); only a surrogate needs it.
     */
    private static int codePointAt(String text, int index) {
        char c = text.charAt(index);
        return Character.isSurrogate(c) ? text.codePointAt(index) : c;
    }

    /** Han, Hiragana and Katakana: scripts written without spaces between words. */
    static boolean isCjk(int codePoint) {
        if (codePoint < FIRST_CJK) {
            return false;
        }
        return codePoint < CJK_IN_BMP.length ? CJK_IN_BMP[codePoint] : isCjkScript(codePoint);
    }

    private static boolean isCjkScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static long toLong(byte[] signature) {
        return ByteBuffer.wrap(signature).getLong();
    }
}
