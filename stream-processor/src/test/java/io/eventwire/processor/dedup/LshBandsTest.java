package io.eventwire.processor.dedup;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LshBandsTest {

    private final DedupConfig config = DedupConfig.defaults();
    private final Fingerprinter fingerprinter = new Fingerprinter(config);
    private final LshBands lsh = new LshBands(fingerprinter, config);

    @Test
    void oneFixedWidthKeyPerBandPrefixedByTheBandNumber() {
        List<String> keys = lsh.keys(fingerprinter.fingerprint("a text long enough to have some shingles in it").minHash());
        assertEquals(config.bands(), keys.size());
        for (int band = 0; band < keys.size(); band++) {
            assertEquals(LshBands.KEY_LENGTH, keys.get(band).length());
            assertTrue(keys.get(band).matches("[0-9a-f]+"), keys.get(band));
            assertTrue(keys.get(band).startsWith(String.format("%02x", band)));
        }
    }

    @Test
    void similarTextsShareBandsAndUnrelatedTextsDoNot() {
        String base = "the commerce department added four camera makers to its export blacklist on tuesday "
                + "saying their equipment had been used in surveillance programmes abroad and at home";
        String other = "central bank officials left interest rates unchanged and signalled two cuts later "
                + "this year as inflation eased in most large economies of the region";
        Set<String> keys = new HashSet<>(lsh.keys(fingerprinter.fingerprint(base).minHash()));
        assertTrue(lsh.keys(fingerprinter.fingerprint(base.replace("tuesday", "monday")).minHash())
                .stream().anyMatch(keys::contains));
        assertTrue(lsh.keys(fingerprinter.fingerprint(other).minHash()).stream().noneMatch(keys::contains));
    }

    @Test
    void emptySignatureHasNoBands() {
        assertEquals(List.of(), lsh.keys(new byte[0]));
    }
}
