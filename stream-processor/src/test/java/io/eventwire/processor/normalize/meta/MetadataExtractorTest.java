package io.eventwire.processor.normalize.meta;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetadataExtractorTest {

    /** The choice as first written, parsing every stated value: the reference the early return must agree with. */
    private static PublicationDate reference(List<String> stated) {
        PublicationDate chosen = null;
        for (String value : stated) {
            Optional<PublicationDate> parsed = PublicationDate.parse(value);
            if (parsed.isEmpty()) {
                continue;
            }
            if (chosen == null) {
                chosen = parsed.get();
            } else if (chosen.sameMoment(parsed.get()) && chosen.dateTime() != null
                    && chosen.dateTime().getOffset().getTotalSeconds() == 0
                    && parsed.get().dateTime().getOffset().getTotalSeconds() != 0) {
                return parsed.get();
            }
        }
        return chosen;
    }

    @Test
    void choosesAsTheLoopOverEveryStatedDateDid() {
        String[] values = {null, "", "soon", "2024-03-06", "2024-03-06T10:00:00Z", "2024-03-06T18:00:00+08:00",
                "2024-03-06T10:00:00", "2024-03-06T11:00:00+01:00", "2024-03-07T02:00:00+08:00", "March 6, 2024",
                "Wed, 06 Mar 2024 10:00:00 GMT", "0001-01-01T00:00:00", "2024年3月6日"};
        SplittableRandom random = new SplittableRandom(20261121);
        for (int round = 0; round < 5_000; round++) {
            List<String> stated = new ArrayList<>();
            for (int k = random.nextInt(0, 7); k > 0; k--) {
                stated.add(values[random.nextInt(values.length)]);
            }
            assertEquals(reference(stated), MetadataExtractor.firstStated(stated), stated.toString());
        }
    }
}
