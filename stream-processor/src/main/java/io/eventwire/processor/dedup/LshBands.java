package io.eventwire.processor.dedup;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Locality-sensitive hashing of MinHash signatures: the signature is cut into bands of rows; two texts whose
 * signatures agree on every row of one band share that band's key. Looking up a text's band keys finds the
 * candidates with high similarity in O(bands) store reads instead of a scan of every stored article.
 */
public final class LshBands {

    /** Band keys are fixed-width ({@value #KEY_LENGTH} hex digits): records of the dedup-input topic carry them. */
    public static final int KEY_LENGTH = 18;

    private static final Hasher64 HASHER = Hashing.komihash5_0();
    /** Lower-case digits, as {@code %02x%016x} wrote them, without a format string parsed per key. */
    private static final HexFormat HEX = HexFormat.of();

    private final Fingerprinter fingerprinter;
    private final int bands;
    private final int rowsPerBand;

    public LshBands(Fingerprinter fingerprinter, DedupConfig config) {
        this.fingerprinter = fingerprinter;
        this.bands = config.bands();
        this.rowsPerBand = config.rowsPerBand();
    }

    /** One key per band: band number (2 hex digits) and a 64-bit hash of the band's rows (16 hex digits). */
    public List<String> keys(byte[] minHash) {
        if (minHash.length == 0) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(bands);
        long[] rows = new long[rowsPerBand];
        for (int band = 0; band < bands; band++) {
            for (int row = 0; row < rowsPerBand; row++) {
                rows[row] = fingerprinter.component(minHash, band * rowsPerBand + row);
            }
            long hash = HASHER.hashStream().putLongArray(rows).getAsLong();
            keys.add(HEX.toHexDigits((byte) band) + HEX.toHexDigits(hash));
        }
        return keys;
    }
}
