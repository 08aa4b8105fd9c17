package io.eventwire.processor.normalize.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The article in a plain-text or markdown file, such as a page saved as text: one paragraph per line or per
 * blank-line separated block, often with the site's furniture around it (advertising labels, menus, photo
 * captions, a byline, newsletter prompts).
 *
 * <p>The head of such a file, before the first paragraph of prose, holds the headline and furniture: the
 * headline is its longest line that is not a sentence, and what precedes the headline is dropped. Lines that
 * are boilerplate anywhere (see {@link BoilerplateParagraphs}), photo captions and shouted "RELATED:" teasers
 * are dropped throughout.
 */
public final class PlainTextExtractor {

    /** A line of prose this long (weighted characters) marks the start of the article's body. */
    private static final int BODY_PARAGRAPH = 120;
    private static final int MIN_HEADLINE = 15;
    private static final int MAX_HEADLINE = 400;

    /** A caption's credit at the end of a line: "... in Beijing. Photo: AP", "(Foto: dpa)". */
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)[(\\[]?\\b(photos?|fotos?|pictures?|images?|bild|illustration|photograph|credit|quelle)"
                    + "\\s*(by|:|：)\\s*[\\p{L}\\p{N} ./&,'’-]{1,60}[)\\]]?$|(图片来源|图源|摄影|图)[:：][^。]{1,30}$");
    /** A "RELATED: SOME OTHER STORY" line: an upper-case label and colon before the teaser. */
    private static final Pattern SHOUTED_LABEL = Pattern.compile("^[\\p{Lu} ]{3,30}:\\s");
    /** A list item: a summary bullet under a headline is not the headline. */
    private static final Pattern LIST_ITEM = Pattern.compile("[•·▪●◦‣*+-]\\s|\\d{1,2}[.)]\\s");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by|von|par|por|author|autor|auteur|written by|geschrieben von)\\s*[:：]?\\s+(\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})$"
                    + "|^(作者|记者|文)[:：|｜]\\s*(\\S{1,20})$");

    /** The headline, byline and body of {@code body}. */
    public PlainArticle extract(String body, String knownTitle) {
        List<List<String>> blocks = blocks(MarkdownText.toPlain(body));
        List<Line> lines = new ArrayList<>();
        for (int block = 0; block < blocks.size(); block++) {
            for (String line : blocks.get(block)) {
                lines.add(new Line(block, line));
            }
        }
        int bodyStart = firstBodyParagraph(lines);
        int titleLine = titleLine(lines, bodyStart, knownTitle);
        String title = titleLine >= 0 ? lines.get(titleLine).text() : knownTitle;
        String byline = null;
        List<Line> kept = new ArrayList<>();
        for (int i = titleLine + 1; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (i < bodyStart) {
                var author = BYLINE.matcher(text);
                if (author.matches()) {
                    byline = author.group(1) != null ? author.group(1) : author.group(4);
                    continue;
                }
                if (text.equals(byline) || isFragment(text)) {
                    continue;
                }
            }
            if (!isFurniture(text)) {
                kept.add(lines.get(i));
            }
        }
        return new PlainArticle(title, byline, BoilerplateParagraphs.strip(join(kept)));
    }

    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private static int firstBodyParagraph(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (!TextMeasure.weighsLessThan(text, BODY_PARAGRAPH) && TextMeasure.endsLikeSentence(text)
                    && !isFurniture(text)) {
                return i;
            }
        }
        return lines.size();
    }

    /** The known title's line, else the longest headline-like line before the body; -1 when none. */
    private static int titleLine(List<Line> lines, int bodyStart, String knownTitle) {
        int best = -1;
        int bestWeight = 0;
        for (int i = 0; i < bodyStart; i++) {
            String text = lines.get(i).text();
            if (knownTitle != null && text.equals(knownTitle.strip())) {
                return i;
            }
            int weight = TextMeasure.weight(text);
            if (knownTitle == null && weight >= MIN_HEADLINE && weight <= MAX_HEADLINE && weight > bestWeight
                    && !TextMeasure.endsLikeSentence(text) && !isFurniture(text) && !LIST_ITEM.matcher(text).lookingAt()) {
                best = i;
                bestWeight = weight;
            }
        }
        return best;
    }

    /** Three words or fewer and no sentence: an image's alt text, a section label, a name. */
    private static boolean isFragment(String text) {
        return !TextMeasure.endsLikeSentence(text) && text.split("\\s+").length <= 3
                && TextMeasure.weighsLessThan(text, MIN_HEADLINE * 2);
    }

    private static boolean isFurniture(String text) {
        return BoilerplateParagraphs.isBoilerplate(text) || CAPTION.matcher(text).find() || isShoutedTeaser(text);
    }

    private static boolean isShoutedTeaser(String text) {
        if (!SHOUTED_LABEL.matcher(text).lookingAt()) {
            return false;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        return letters > 0 && upper * 10 >= letters * 8;
    }

    private static String join(List<Line> lines) {
        StringBuilder out = new StringBuilder();
        int block = -1;
        for (Line line : lines) {
            if (!out.isEmpty()) {
                out.append(line.block() == block ? "\n" : "\n\n");
            }
            out.append(line.text());
            block = line.block();
        }
        return out.toString();
    }

    private record Line(int block, String text) {
    }
}
