package io.eventwire.processor.normalize.text;

/**
 * What a plain-text or markdown file yields.
 *
 * @param title  the headline line, or null when none stands out
 * @param byline the author line's names ("By Jane Doe" gives "Jane Doe"), or null
 * @param text   the article's paragraphs, separated by blank lines
 */
public record PlainArticle(String title, String byline, String text) {
}
