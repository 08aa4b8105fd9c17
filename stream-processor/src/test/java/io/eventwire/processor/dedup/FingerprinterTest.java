package io.eventwire.processor.dedup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
