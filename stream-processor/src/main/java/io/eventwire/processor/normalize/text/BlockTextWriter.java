package io.eventwire.processor.normalize.text;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * Renders elements as plain text the way a reader sees them: blocks become paragraphs separated by a blank
 * line, list items and table rows lines of their own, {@code <br>} a line break, runs of whitespace one
 * space (except inside {@code <pre>}).
 */
final class BlockTextWriter implements NodeVisitor {

    private static final Set<String> LINES = Set.of("li", "dt", "dd", "tr", "br", "option");

    private final StringBuilder out = new StringBuilder();
    /** Newlines owed before the next text: 0, 1 (line break) or 2 (paragraph break). */
    private int pendingBreak;
    private int preDepth;

    /** The text of {@code parts}, in order, each starting a new paragraph. */
    static String write(Iterable<Element> parts) {
        BlockTextWriter writer = new BlockTextWriter();
        for (Element part : parts) {
            writer.breakAtLeast(2);
            NodeTraversor.traverse(writer, part);
        }
        return CjkSpacing.withoutSpacesBetweenCjk(writer.out.toString());
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            append(text.getWholeText());
        } else if (node instanceof Element element) {
            if (element.nameIs("pre")) {
                preDepth++;
            }
            breakFor(element);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            if (element.nameIs("pre")) {
                preDepth--;
            }
            if (!element.nameIs("br")) {
                breakFor(element);
            }
        }
    }

    private void breakFor(Element element) {
        String name = element.normalName();
        if (LINES.contains(name)) {
            breakAtLeast(1);
        } else if (HtmlTags.BLOCKS.contains(name)) {
            breakAtLeast(2);
        } else if (name.equals("td") || name.equals("th")) {
            append(" ");
        }
    }

    private void breakAtLeast(int newlines) {
        pendingBreak = Math.max(pendingBreak, newlines);
    }

    private void append(String text) {
        String piece = preDepth > 0 ? text : UnicodeWhitespace.collapse(text);
        if (piece.isEmpty()) {
            return;
        }
        if (pendingBreak > 0 || out.isEmpty()) {
            piece = preDepth > 0 ? piece : piece.stripLeading();
            if (piece.isEmpty()) {
                return;
            }
            trimTrailingSpaces();
            if (!out.isEmpty()) {
                out.append("\n".repeat(pendingBreak));
            }
            pendingBreak = 0;
        } else if (piece.startsWith(" ") && !out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            piece = piece.substring(1);
        }
        out.append(piece);
    }

    private void trimTrailingSpaces() {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }
}
