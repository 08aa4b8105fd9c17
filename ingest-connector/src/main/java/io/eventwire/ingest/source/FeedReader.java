package io.eventwire.ingest.source;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

import java.io.StringReader;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** RSS (0.9x, 1.0, 2.0) and Atom feeds into article links, through Rome. */
public final class FeedReader {

    private FeedReader() {
    }

    /** The items' links, resolved against the feed's URL; items without a usable link are left out. */
    public static List<Link> read(String xml, URI feedUri) throws FeedException {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        List<Link> links = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String href = entry.getLink();
            if ((href == null || href.isBlank()) && !entry.getLinks().isEmpty()) {
                href = alternate(entry.getLinks());
            }
            if (href == null || href.isBlank()) {
                continue;
            }
            try {
                Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
                links.add(new Link(feedUri.resolve(href.strip()), blankToNull(entry.getTitle()), iso(published)));
            } catch (IllegalArgumentException e) {
                // An item whose link is not a URI cannot be fetched; the rest of the feed still is.
            }
        }
        return links;
    }

    private static String alternate(List<SyndLink> links) {
        for (SyndLink link : links) {
            if (link.getRel() == null || link.getRel().equals("alternate")) {
                return link.getHref();
            }
        }
        return links.get(0).getHref();
    }

    static String iso(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
