package io.eventwire.processor.normalize.text;

/**
 * Counts over the text of an element's subtree, gathered bottom-up in one pass so that no element's text is
 * measured twice (measuring every element separately would be quadratic in the nesting depth).
 */
final class TextStats {

    int weight;
    int linkWeight;
    int commas;
    /** Weight of the text nodes that are direct children: text written straight into a container. */
    int ownWeight;
    int ownCommas;
    int paragraphs;
    int images;
    int listItems;
    int inputs;
    int embeds;
    boolean hasBlockChild;
    /** Whether the subtree has an element that declares itself the article (see {@link DocumentPruner}). */
    boolean holdsArticle;

    void addText(String text, boolean inLink) {
        // Weight and commas in one pass: every text node of a page is counted here three times.
        int w = 0;
        int c = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            w += TextMeasure.weight(ch);
            if (TextMeasure.isComma(ch)) {
                c++;
            }
        }
        weight += w;
        commas += c;
        ownWeight += w;
        ownCommas += c;
        if (inLink) {
            linkWeight += w;
        }
    }

    void addChild(TextStats child) {
        weight += child.weight;
        linkWeight += child.linkWeight;
        commas += child.commas;
        paragraphs += child.paragraphs;
        images += child.images;
        listItems += child.listItems;
        inputs += child.inputs;
        embeds += child.embeds;
        holdsArticle |= child.holdsArticle;
    }

    /** Undoes {@link #addChild} (but for {@link #holdsArticle}): for a child that was removed. */
    void removeChild(TextStats child) {
        weight -= child.weight;
        linkWeight -= child.linkWeight;
        commas -= child.commas;
        paragraphs -= child.paragraphs;
        images -= child.images;
        listItems -= child.listItems;
        inputs -= child.inputs;
        embeds -= child.embeds;
    }

    /** Share of the text that is link text: high for menus, tag clouds and related-story lists. */
    double linkDensity() {
        return weight == 0 ? 0 : (double) linkWeight / weight;
    }
}
