package io.eventwire.processor.normalize.text;

import java.util.Set;

/** Tag groups the extractor reasons about. */
final class HtmlTags {

    /** Elements that start a new block of text when rendered (so their text is never run together). */
    static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "picture", "video", "audio");

    /** Elements whose text is a paragraph of its own, scored as a unit. */
    static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "dd");

    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Never article text: code, styling, embedded objects, form controls, site navigation. */
    static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "object", "embed",
            "button", "select", "option", "input", "textarea", "nav", "aside", "footer", "link", "meta", "head",
            "video", "audio", "map", "dialog", "label");

    /** Containers that are removed from the chosen content when their statistics look like boilerplate. */
    static final Set<String> CONDITIONAL = Set.of(
            "div", "section", "table", "ul", "ol", "dl", "form", "fieldset", "figure", "header", "aside");

    private HtmlTags() {
    }
}
