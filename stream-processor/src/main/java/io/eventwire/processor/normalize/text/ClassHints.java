package io.eventwire.processor.normalize.text;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * What the class and id attributes of an element say about it. Templates name their parts ("share-bar",
 * "related-posts", "entry-content"), in any language of the page, so these hints carry across sites.
 */
final class ClassHints {

    /** Parts that are almost never the article: removed before scoring unless they also say "content". */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|^ad-|-ads?$|^ads?$|adslot|advert|ai2html|banner|breadcrumb|combx|comment|community|cookie|"
                    + "consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|"
                    + "rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|"
                    + "pager|popup|modal|newsletter|subscri|signup|sign-up|share|sharing|recirc|outbrain|taboola|"
                    + "promo|paywall|navbar|masthead|tags|toolbar|widget|byline|dateline|author-bio|trending|"
                    + "most-popular|mostpopular|read-more|readmore|jump|skip-link|print-only",
            Pattern.CASE_INSENSITIVE);

    /** Words that rescue an unlikely-looking element: a "main-header-content" wrapper may hold the article. */
    private static final Pattern MAYBE_CANDIDATE = Pattern.compile(
            "and|article|body|column|content|main|shadow|story|entry|post-?text", Pattern.CASE_INSENSITIVE);

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|paragraph",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|^ad-|-ads?$|^ads?$|advert|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|"
                    + "footer|footnote|gdpr|masthead|media|meta|outbrain|taboola|promo|related|scroll|share|"
                    + "sharing|social|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|newsletter|"
                    + "subscri|signup|recirc|caption|credit|byline|author|timestamp|dateline|breadcrumb|nav|menu|"
                    + "cookie|popup|modal|recommend|trending|readmore|read-more|teaser|disclaimer|copyright",
            Pattern.CASE_INSENSITIVE);

    private ClassHints() {
    }

    /** Class and id joined, the text the patterns look at. */
    static String describe(Element element) {
        String className = element.className();
        String id = element.id();
        return className.isEmpty() ? id : id.isEmpty() ? className : className + ' ' + id;
    }

    /** Whether the element looks like a template part that is not the article. */
    static boolean unlikely(Element element) {
        String description = describe(element) + ' ' + element.attr("role");
        return UNLIKELY.matcher(description).find() && !MAYBE_CANDIDATE.matcher(description).find();
    }

    /** +25 for a content-like name, -25 for a boilerplate-like one, per attribute (class, id). */
    static int weight(Element element) {
        return weightOf(element.className()) + weightOf(element.id());
    }

    private static int weightOf(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (NEGATIVE.matcher(value).find()) {
            weight -= 25;
        }
        if (POSITIVE.matcher(value).find()) {
            weight += 25;
        }
        return weight;
    }
}
