package io.eventwire.processor.extract;

/**
 * An organisation or authority of the gazetteer found in an article's text.
 *
 * @param entityId    the gazetteer id (stable across languages and spellings)
 * @param name        the canonical English name
 * @param kind        {@code company} or {@code authority} (other kinds may follow: {@code country}…)
 * @param country     ISO 3166 alpha-2 of the entity, or null
 * @param start       offset of the match in the article text
 * @param end         offset after the match (exclusive)
 * @param matchedText the text as it stands in the article
 */
public record EntityMention(String entityId, String name, String kind, String country, int start, int end,
                            String matchedText) {
}
