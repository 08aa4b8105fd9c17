/**
 * The normalize step: {@link io.eventwire.processor.normalize.Normalizer#normalize} turns a
 * {@code RawArticle} into an {@code Article}, or throws
 * {@link io.eventwire.processor.normalize.NormalizationException} (the topology sends that record to the
 * dead-letter topic).
 *
 * <ul>
 *   <li>Metadata ({@code normalize.meta}): YAML front matter, then JSON-LD, then Open Graph and meta tags, then
 *   the page ({@code <title>}, {@code <h1>}, {@code <time datetime>}). {@code publishedAt} is ISO-8601 with
 *   offset to the second ({@code 2022-05-19T04:09:01Z}); a source that states a date without a time gives the
 *   date alone ({@code 2020-05-20}), never an invented midnight; a time without offset is read as UTC; when a
 *   later source states the same instant in the publisher's local offset, that form is kept, so the calendar
 *   date is the one the publisher printed. Null when no source states a date.</li>
 *   <li>Main text ({@code normalize.text}): HTML by paragraph voting with class/id hints, link density and
 *   weighted character counts (so Chinese and Japanese text counts fairly), then cleaning and
 *   paragraph-level boilerplate removal; plain text and markdown by line classification. JSON-LD
 *   {@code articleBody} is a second opinion.</li>
 *   <li>Bounds: bodies over {@link io.eventwire.processor.normalize.Normalizer#MAX_BODY_CHARS} are refused,
 *   the parser nests at most {@link io.eventwire.processor.normalize.Normalizer#MAX_HTML_DEPTH} deep, tree
 *   walks are iterative and linear.</li>
 * </ul>
 *
 * <p>{@link io.eventwire.processor.normalize.TextExtractionReport} runs the same code over saved pages for
 * {@code eventwire extract-text}.
 */
package io.eventwire.processor.normalize;
