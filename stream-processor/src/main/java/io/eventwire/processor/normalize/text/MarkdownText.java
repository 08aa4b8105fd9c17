package io.eventwire.processor.normalize.text;

import java.util.regex.Pattern;

/**
 * Markdown markup reduced to the text a reader sees: heading marks, emphasis, images, link targets and
 * quote marks go; the words stay. Plain text passes through unchanged (it has none of these marks).
 */
final class MarkdownText {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)]\\([^)\\n]*\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$");
    private static final Pattern QUOTE = Pattern.compile("(?m)^ {0,3}>[ \\t]?");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern RULE = Pattern.compile("(?m)^ {0,3}([-*_])( ?\\1){2,}[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(```|~~~).*$");

    private MarkdownText() {
    }

    static String toPlain(String markdown) {
        String text = IMAGE.matcher(markdown).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = HEADING.matcher(text).replaceAll("$1");
        text = QUOTE.matcher(text).replaceAll("");
        text = STRONG.matcher(text).replaceAll("$2");
        text = RULE.matcher(text).replaceAll("");
        return FENCE.matcher(text).replaceAll("");
    }
}
