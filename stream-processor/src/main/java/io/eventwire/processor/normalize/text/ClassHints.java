package io.eventwire.processor.normalize.text;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the class and id attributes of an element say about it. Templates name their parts ("share-bar",
 * "related-posts", "entry-content") whatever the language of the page, so these hints carry across sites.
 *
 * <p>Names are cut into words first ({@code theiaStickySidebar} is "theia sticky sidebar",
 * {@code PageBuilder-pageRow} is "page builder page row"), and hints match at the start of a word, so that
 * "pager" is not found in "pageRow" nor "ad" in "header".
 */
final class ClassHints {

    /** Parts that are almost never the article: removed before scoring unless they also name content. */
    private static final Pattern UNLIKELY = words(
            "ads?\\b|adslot|advert|ai2html|banner|breadcrumb|combx|comment|community|cookie|consent|disqus|"
                    + "footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|"
                    + "social|sponsor|supplemental|agegate|pagination|pager\\b|popup|modal|newsletter|subscri|"
                    + "signup|sign up|share|sharing|recirc|outbrain|taboola|promo|navbar|masthead|tags?\\b|"
                    + "toolbar|widget|byline|dateline|author bio|trending|most popular|mostpopular|"
                    + "read more|readmore|skip link|print only|prev\\b|previous|post nav|recent");

    /** Words that rescue an unlikely-looking element: a "main-header-content" wrapper may hold the article. */
    private static final Pattern MAYBE_CANDIDATE = words(
            "and\\b|article|body|column|content|main|shadow|story|entry|post text|posttext");

    private static final Pattern POSITIVE = words(
            "article|body|content|entry|hentry|h entry|main|page|post|text|blog|story|prose|paragraph");

    private static final Pattern NEGATIVE = words(
            "ads?\\b|advert|hidden|hid\\b|banner|combx|comment|com\\b|contact|foot|footer|footnote|gdpr|"
                    + "masthead|media|meta|outbrain|taboola|promo|related|scroll|share|sharing|social|shoutbox|"
                    + "sidebar|skyscraper|sponsor|shopping|tags?\\b|tool|widget|newsletter|subscri|signup|recirc|"
                    + "caption|credit|byline|author|timestamp|dateline|breadcrumb|nav|menu|cookie|popup|modal|"
                    + "recommend|trending|readmore|read more|teaser|disclaimer|copyright|prev\\b|previous|recent|"
                    + "excerpt");

    /** Names templates give the container of an article's body: "entry-content", "articleBody", "story-text". */
    private static final Pattern ARTICLE_BODY = words(
            "(article|entry|post|story|blog|news|single) ?(body|content|text|inner|copy)\\b|rich ?text\\b");

    /** Captions and credits of pictures, often inline spans inside the paragraph that holds the picture. */
    private static final Pattern CAPTION = words("caption|credit|photo ?credit|image ?credit|wp caption text");

    private ClassHints() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")");
    }

    /** Class, id and role as lower-case words separated by single spaces. */
    static String describe(Element element) {
        String className = element.className();
        String id = element.id();
        String role = element.attr("role");
        if (className.isEmpty() && id.isEmpty() && role.isEmpty()) {
            // Most elements name nothing: no words, without building and cutting two spaces.
            return "";
        }
        return nameWords(className + ' ' + id + ' ' + role).strip();
    }

    /**
     * {@code names} cut into lower-case words: a space between a lower-case and an upper-case letter, each run of
     * chars that are neither letters nor digits one space. One pass over the code points, for what the regular
     * expressions {@code (?<=\p{Ll})(?=\p{Lu})} (replaced by a space) and then {@code [^\p{L}\p{N}]+} (replaced
     * by a space) did with a look-behind and a class test at every char of the names of every element of a page;
     * a test compares the two.
     */
    static String nameWords(String names) {
        StringBuilder out = new StringBuilder(names.length() + 4);
        boolean afterLowerCase = false;
        boolean inSeparator = false;
        for (int i = 0; i < names.length(); ) {
            int codePoint = names.codePointAt(i);
            int type = Character.getType(codePoint);
            if (isLetterOrNumber(type)) {
                if (afterLowerCase && type == Character.UPPERCASE_LETTER) {
                    out.append(' ');
                }
                out.appendCodePoint(codePoint);
                inSeparator = false;
            } else if (!inSeparator) {
                out.append(' ');
                inSeparator = true;
            }
            // The look-behind read the one UTF-16 unit before a position: a supplementary letter never counted.
            afterLowerCase = type == Character.LOWERCASE_LETTER && Character.isBmpCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** {@code \p{L}} or {@code \p{N}} as {@link Pattern} reads them: the letter and number categories. */
    private static boolean isLetterOrNumber(int type) {
        return switch (type) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Whether the element looks like a template part that is not the article. */
    static boolean unlikely(Element element) {
        String description = describe(element);
        return !description.isEmpty() && UNLIKELY.matcher(description).find()
                && !MAYBE_CANDIDATE.matcher(description).find();
    }

    /** Whether the names say "this is the article's body": "entry-content", "article-body", "post-text". */
    static boolean namesArticleBody(Element element) {
        String description = describe(element);
        return !description.isEmpty() && ARTICLE_BODY.matcher(description).find();
    }

    /** Whether the names mark a picture's caption or credit. */
    static boolean namesCaption(Element element) {
        String description = describe(element);
        return !description.isEmpty() && CAPTION.matcher(description).find();
    }

    /** +25 for a content-like name, -25 for a boilerplate-like one, per attribute (class, id). */
    static int weight(Element element) {
        return weightOf(element.className()) + weightOf(element.id());
    }

    private static int weightOf(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        String words = nameWords(value);
        int weight = 0;
        if (NEGATIVE.matcher(words).find()) {
            weight -= 25;
        }
        if (POSITIVE.matcher(words).find()) {
            weight += 25;
        }
        return weight;
    }
}
