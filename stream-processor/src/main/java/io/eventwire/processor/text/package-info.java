/**
 * Text searching that more than one step needs: {@link io.eventwire.processor.text.AhoCorasick} finds many
 * literals in one pass, {@link io.eventwire.processor.text.RequiredLiterals} reads from a regular expression the
 * literals its every match contains (or starts with), and {@link io.eventwire.processor.text.PatternGate} combines
 * the two to skip the expressions that cannot match a text and to try the others only where they can start;
 * {@link io.eventwire.processor.text.Alternation} lets it skip the branches of one expression too. The normalize
 * step's boilerplate cues and the extract step's rule sets and gazetteer share them, so they belong to neither.
 * {@link io.eventwire.processor.text.TextBuffer} rebuilds a text from runs of another, for the normalize and
 * fingerprint steps; {@link io.eventwire.processor.text.LongTable} holds the packed n-grams of the language step
 * and drops repeated n-grams and shingle hashes for it and the fingerprint step.
 */
package io.eventwire.processor.text;
