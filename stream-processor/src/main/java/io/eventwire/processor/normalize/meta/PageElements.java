package io.eventwire.processor.normalize.meta;

import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;

import java.util.List;

/**
 * The elements of a page that its metadata is read from, found in one walk over the page (see
 * {@link QueryBatch}).
 */
record PageElements(Elements jsonLdScripts, Elements metaTags, Elements headings, Elements canonicalLinks,
                    Elements authors, Elements publishedTimes) {


    private static final QueryBatch QUERIES = new QueryBatch(List.of(
            "script[type=application/ld+json]",
            "meta[content]",
            "h1",
            "link[rel=canonical]",
            "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]",
            "time[pubdate], time[itemprop=datePublished], [itemprop=datePublished][datetime], time.published, "
                    + "time[class*=publish], .published time, [class*=publish] time"));

    /** The elements of {@code page}; none for a missing page (plain text). */
    static PageElements of(Document page) {
        List<Elements> found = page == null ? QUERIES.none() : QUERIES.select(page);
        return new PageElements(found.get(0), found.get(1), found.get(2), found.get(3), found.get(4), found.get(5));
    }
}
