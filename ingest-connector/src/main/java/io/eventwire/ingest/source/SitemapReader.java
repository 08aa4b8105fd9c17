package io.eventwire.ingest.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * XML sitemaps, sitemap indexes and Google News sitemaps (also gzipped or as plain text lists), through
 * crawler-commons. An index gives further sitemaps; a sitemap gives pages, with the news title and
 * publication date where the news extension has them, else the lastmod.
 */
public final class SitemapReader {

    /** What one sitemap document lists. */
    public record Contents(List<URI> sitemaps, List<Link> pages) {
    }

    private SitemapReader() {
    }

    public static Contents read(byte[] body, String contentType, URI sitemapUri) throws IOException {
        // Not strict: a sitemap may list pages outside its own directory (news sites often do).
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap parsed;
        try {
            parsed = parser.parseSiteMap(contentType == null || contentType.isEmpty() ? "text/xml" : contentType,
                    body, sitemapUri.toURL());
        } catch (UnknownFormatException e) {
            throw new IOException("not a sitemap: " + e.getMessage(), e);
        }
        List<URI> sitemaps = new ArrayList<>();
        List<Link> pages = new ArrayList<>();
        if (parsed instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps()) {
                toUri(child.getUrl()).ifPresent(sitemaps::add);
            }
        } else if (parsed instanceof SiteMap map) {
            for (SiteMapURL url : map.getSiteMapUrls()) {
                toUri(url.getUrl()).ifPresent(uri -> pages.add(page(uri, url)));
            }
        }
        return new Contents(sitemaps, pages);
    }

    private static Link page(URI uri, SiteMapURL url) {
        ExtensionMetadata[] news = url.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata metadata : news) {
                if (metadata instanceof NewsAttributes attributes) {
                    String published = attributes.getPublicationDateTime() == null ? null
                            : attributes.getPublicationDateTime().toOffsetDateTime().toString();
                    return new Link(uri, attributes.getTitle(), published);
                }
            }
        }
        return new Link(uri, null, FeedReader.iso(url.getLastModified()));
    }

    private static java.util.Optional<URI> toUri(URL url) {
        try {
            return url == null ? java.util.Optional.empty() : java.util.Optional.of(url.toURI());
        } catch (URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }
}
