package io.eventwire.processor.extract.sanction;

import io.eventwire.contracts.record.Authority;
import io.eventwire.contracts.record.SanctionSubtype;
import io.eventwire.processor.extract.EntityMention;
import io.eventwire.processor.extract.Sentence;
import io.eventwire.processor.extract.date.DateMention;

import java.util.List;

/**
 * One trigger read in one sentence, before restatements are merged.
 *
 * @param sentenceIndex   index of the sentence in the article
 * @param generic         the trigger only says "a measure" ("sanctions", 制裁, "Verbot")
 * @param targets         targetable organisations, deduplicated, in text order
 * @param authority       who imposes it, or null
 * @param authorityNamed  whether the sentence names the authority (not a default or a bare country)
 * @param date            the event date the sentence states, or null
 */
record Candidate(int sentenceIndex, Sentence sentence, SanctionSubtype subtype, boolean generic,
                 List<EntityMention> targets, Authority authority, boolean authorityNamed, DateMention date,
                 String modality) {

    String dateValue() {
        return date == null ? null : date.value();
    }
}
