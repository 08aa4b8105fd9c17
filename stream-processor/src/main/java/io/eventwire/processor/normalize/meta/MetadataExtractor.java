package io.eventwire.processor.normalize.meta;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads title, author, publication date and canonical URL, each from the first source that states it, in
 * the order of DESIGN.md: YAML front matter, then JSON-LD, then Open Graph and other meta tags, then the
 * page itself ({@code <title>}, {@code <h1>}, {@code <time datetime>}, author links).
 */
public final class MetadataExtractor {

    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "og:published_time", "article:published",
            "datepublished", "pubdate", "publishdate", "publish-date", "published_time", "publication_date",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
            "dcterms.created", "citation_publication_date", "date");
    private static final List<String> AUTHOR_META = List.of(
            "author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "parsely-author",
            "sailthru.author", "byl");
    private static final List<String> TITLE_META = List.of("og:title", "twitter:title", "title", "headline");

    private MetadataExtractor() {
    }

    /**
     * @param frontMatter the file's front matter (possibly empty)
     * @param page        the parsed page, or null for plain text
     * @param sourceName  the site's host or folder name, to strip from titles such as "Headline - Site"
     */
    public static PageMetadata extract(FrontMatter frontMatter, Document page, String sourceName) {
        PageElements elements = PageElements.of(page);
        List<JsonNode> articles = JsonLd.articles(elements.jsonLdScripts());
        MetaTags meta = MetaTags.of(elements.metaTags());
        String h1 = firstText(elements.headings());

        String title = first(
                frontMatter.first("title"),
                fromJsonLd(articles, node -> JsonLd.text(node, "headline")),
                meta.first(TITLE_META),
                fromJsonLd(articles, node -> JsonLd.text(node, "name")),
                page == null ? null : page.title(),
                h1);
        String canonical = first(
                absoluteHttp(frontMatter.first("url", "canonical_url", "canonical", "permalink")),
                absoluteHttp(elements.canonicalLinks().attr("href")));
        List<String> siteNames = new ArrayList<>();
        siteNames.add(sourceName);
        siteNames.add(host(canonical));
        siteNames.add(meta.first(List.of("og:site_name", "application-name")));
        siteNames.add(fromJsonLd(articles, node -> JsonLd.text(node, "publisher")));
        String cleanTitle = title == null ? null : TitleCleaner.clean(unescape(title), h1, siteNames);

        String author = first(
                frontMatter.first("author", "authors"),
                fromJsonLd(articles, node -> JsonLd.text(node, "author")),
                notUrl(meta.first(AUTHOR_META)),
                firstText(elements.authors()));

        PublicationDate published = publicationDate(frontMatter, articles, meta, elements.publishedTimes());


        String articleBody = fromJsonLd(articles, node -> JsonLd.text(node, "articleBody"));
        return new PageMetadata(cleanTitle, Bylines.clean(author == null ? null : unescape(author)), published,
                canonical, articleBody);
    }

    /**
     * The first stated date in source order. When a later source states the same instant in another offset
     * than UTC, its form wins: it is the publisher's local time, so its calendar date is the one readers saw
     * (a piece published at 00:01 in Beijing is dated that day, not the previous day in UTC).
     */
    private static PublicationDate publicationDate(FrontMatter frontMatter, List<JsonNode> articles, MetaTags meta,
                                                   Elements publishedTimes) {
        List<String> stated = new ArrayList<>();
        stated.add(frontMatter.first("date", "published", "published_at", "pubdate", "publishdate"));
        stated.add(fromJsonLd(articles, node -> JsonLd.text(node, "datePublished")));
        stated.add(meta.first(PUBLISHED_META));
        for (Element time : publishedTimes) {
            stated.add(time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"));
        }
        stated.add(fromJsonLd(articles, node -> JsonLd.text(node, "dateCreated")));
        return firstStated(stated);
    }

    /** The first date of {@code stated} that parses, or a later one stating its instant in a local offset. */
    static PublicationDate firstStated(List<String> stated) {
        PublicationDate chosen = null;
        for (String value : stated) {
            if (chosen != null && !inUtc(chosen)) {
                // Only a date and time in UTC gives way to a later source: the others are not parsed.
                return chosen;
            }
            Optional<PublicationDate> parsed = PublicationDate.parse(value);
            if (parsed.isEmpty()) {
                continue;
            }
            if (chosen == null) {
                chosen = parsed.get();
            } else if (chosen.sameMoment(parsed.get()) && inUtc(chosen)
                    && parsed.get().dateTime().getOffset().getTotalSeconds() != 0) {
                return parsed.get();
            }
        }
        return chosen;
    }

    private static boolean inUtc(PublicationDate date) {
        return date.dateTime() != null && date.dateTime().getOffset().getTotalSeconds() == 0;
    }

    private static String fromJsonLd(List<JsonNode> articles, Function<JsonNode, String> field) {
        for (JsonNode article : articles) {
            String value = field.apply(article);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String firstText(Elements elements) {
        for (Element element : elements) {
            String text = element.hasAttr("content") ? element.attr("content") : element.text();
            if (!text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** Meta contents and JSON-LD strings are sometimes escaped twice: "doesn&#8217;t". */
    private static String unescape(String text) {
        return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, false);
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return new URI(url).getHost();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String notUrl(String value) {
        return value == null || value.startsWith("http://") || value.startsWith("https://") ? null : value;
    }

    private static String absoluteHttp(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && trimmed.length() > 8 ? trimmed : null;
    }
}
