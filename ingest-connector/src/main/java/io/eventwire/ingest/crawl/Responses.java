package io.eventwire.ingest.crawl;

import io.eventwire.contracts.id.CanonicalUrl;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.ingest.fetch.FetchResult;
import io.eventwire.ingest.fetch.TextDecoder;
import io.eventwire.ingest.publish.PageState;
import io.eventwire.ingest.source.Bytes;
import io.eventwire.ingest.source.FeedReader;
import io.eventwire.ingest.source.Link;
import io.eventwire.ingest.source.SitemapReader;

import java.io.IOException;
import java.util.List;

/**
 * What an answer becomes: a feed's or sitemap's links join the pass, a page becomes a raw article offered for
 * publishing, a redirect is followed; anything else is skipped by reason, a body too large also dead-lettered.
 */
final class Responses {

    private final PassUrls urls;
    private final Redirects redirects;
    private final ConditionalRequests conditionalRequests;
    private final Publishing publishing;
    private final CrawlStats stats;

    Responses(PassUrls urls, Redirects redirects, ConditionalRequests conditionalRequests, Publishing publishing,
              CrawlStats stats) {
        this.urls = urls;
        this.redirects = redirects;
        this.conditionalRequests = conditionalRequests;
        this.publishing = publishing;
        this.stats = stats;
    }

    void handle(FetchTask task, FetchResult result) {
        switch (result.kind()) {
            case OK -> ok(task, result);
            case NOT_MODIFIED -> {
                if (task.kind() == FetchTask.Kind.PAGE) {
                    stats.fetched();
                    stats.unchanged();
                }
            }
            case REDIRECT -> redirects.follow(task, result.location());
            case HTTP_ERROR -> urls.skip(task, result.reason(), "HTTP " + result.status());
            case REFUSED -> {
                urls.skip(task, result.reason(), result.detail());
                if (result.reason().equals("too-large")) {
                    publishing.deadLetter(CanonicalUrl.of(task.uri().toString()), "BodyTooLarge", result.detail(),
                            stats);
                }
            }
            case RETRY -> throw new IllegalStateException("retries are handled before");
        }
    }

    private void ok(FetchTask task, FetchResult result) {
        if (Bytes.looksBinary(result.body()) && task.kind() != FetchTask.Kind.SITEMAP) {
            urls.skip(task, "binary", "binary content at " + task.uri());
            return;
        }
        switch (task.kind()) {
            case FEED -> feed(task, result);
            case SITEMAP -> sitemap(task, result);
            case PAGE -> page(task, result);
        }
    }

    private void feed(FetchTask task, FetchResult result) {
        TextDecoder.Decoded text = TextDecoder.decode(result.body(), result.charset());
        List<Link> links;
        try {
            links = FeedReader.read(text.text(), task.uri());
        } catch (Exception e) {
            urls.skip(task, "bad-feed", e.getMessage());
            return;
        }
        conditionalRequests.rememberListing(task, result);
        links.forEach(link -> urls.add(link.uri(), FetchTask.Kind.PAGE, link));
    }

    private void sitemap(FetchTask task, FetchResult result) {
        SitemapReader.Contents contents;
        try {
            contents = SitemapReader.read(result.body(), result.mimeType(), task.uri());
        } catch (IOException | RuntimeException e) {
            urls.skip(task, "bad-sitemap", e.getMessage());
            return;
        }
        conditionalRequests.rememberListing(task, result);
        contents.sitemaps().forEach(uri -> urls.add(uri, FetchTask.Kind.SITEMAP, null));
        contents.pages().forEach(link -> urls.add(link.uri(), FetchTask.Kind.PAGE, link));
    }

    private void page(FetchTask task, FetchResult result) {
        stats.fetched();
        String requested = CanonicalUrl.of(task.uri().toString());
        RawArticle article = RawArticles.fromPage(task, result, requested);
        publishing.offer(requested, new PageState(article.contentHash(), result.etag(), result.lastModified()),
                article, stats);
    }
}
