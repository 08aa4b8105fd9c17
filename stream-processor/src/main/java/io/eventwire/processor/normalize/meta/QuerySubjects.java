package io.eventwire.processor.normalize.meta;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an element must have for a CSS query to select it: one of the tag names or attributes that the last
 * compound of each of its selectors names ({@code time.published} needs the tag {@code time},
 * {@code [itemprop=author] [itemprop=name]} the attribute {@code itemprop}, {@code .x} the attribute
 * {@code class}). Why: a select tries every selector of the query on every element of the page, and most
 * elements have none of these; one look at an element's name and attributes tells so.
 *
 * <p>Only the plain forms below are read; a query with another (pseudo-classes, quoted values, a combinator
 * without spaces around it, a selector naming no tag and no attribute) gets no subjects, and is run as it is.
 */
final class QuerySubjects extends Evaluator {

    /**
     * Pseudo-classes and quoted values may hold commas and spaces, so that splitting at them would not give the
     * selectors and their compounds: a query with one of these chars is not read.
     */
    private static final Pattern NOT_READ = Pattern.compile("[():\"'\\\\]");
    /** Compounds before the last (read as ancestors or siblings), then the last: a tag, attributes, classes, ids. */
    private static final Pattern SELECTOR = Pattern.compile(
            "(?:\\S+\\s+)*([a-z][a-z0-9]*)?((?:\\[[a-z][a-z0-9_-]*(?:[*^$~|!]?=[^\\]\\s]*)?]|[.#][a-z0-9_-]+)*)",
            Pattern.CASE_INSENSITIVE);
    /** One attribute, class or id of a compound: the attribute's name, or the sign of a class or an id. */
    private static final Pattern CONDITION = Pattern.compile("\\[([a-z0-9_-]+)|([.#])", Pattern.CASE_INSENSITIVE);

    private final Set<String> tags;
    private final Set<String> attributes;

    private QuerySubjects(Set<String> tags, Set<String> attributes) {
        this.tags = tags;
        this.attributes = attributes;
    }

    /** The subjects of the selectors of {@code queries}; none when one of them is in a form not read. */
    static Optional<QuerySubjects> of(List<String> queries) {
        Set<String> tags = new LinkedHashSet<>();
        Set<String> attributes = new LinkedHashSet<>();
        for (String query : queries) {
            if (NOT_READ.matcher(query).find()) {
                return Optional.empty();
            }
            for (String selector : query.split(",")) {
                Matcher compound = SELECTOR.matcher(selector.strip());
                if (!compound.matches() || !addSubject(compound.group(1), compound.group(2), tags, attributes)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new QuerySubjects(tags, attributes));
    }

    /** Adds the tag of a compound, or else its first attribute; false when it names neither. */
    private static boolean addSubject(String tag, String conditions, Set<String> tags, Set<String> attributes) {
        if (tag != null) {
            tags.add(tag.toLowerCase(Locale.ROOT));
            return true;
        }
        Matcher condition = CONDITION.matcher(conditions);
        if (!condition.find()) {
            return false;
        }
        String attribute = condition.group(1) != null ? condition.group(1)
                : condition.group(2).equals(".") ? "class" : "id";
        attributes.add(attribute.toLowerCase(Locale.ROOT));
        return true;
    }

    /**
     * Whether {@code element} has a subject's tag or attribute. Names are compared as loosely as jsoup's
     * evaluators may compare them (tag name as written or normalized, attribute names ignoring case).
     */
    @Override
    public boolean matches(Element root, Element element) {
        if (tags.contains(element.normalName()) || tags.contains(element.tagName())) {
            return true;
        }
        for (String attribute : attributes) {
            if (element.attributes().hasKeyIgnoreCase(attribute)) {
                return true;
            }
        }
        return false;
    }

    /** Tried before the query's own evaluators, which jsoup orders by cost: it is the cheaper and rejects most. */
    @Override
    protected int cost() {
        return 1;
    }

    @Override
    public String toString() {
        return "subjects " + tags + " " + attributes;
    }
}
