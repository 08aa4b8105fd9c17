package io.eventwire.ingest.crawl;

import io.eventwire.contracts.id.CanonicalUrl;
import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.ingest.fetch.FetchResult;
import io.eventwire.ingest.fetch.TextDecoder;
import io.eventwire.ingest.source.Link;
import io.eventwire.ingest.source.LocalFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The {@link RawArticle} of a fetched page or of a local file: the body as UTF-8 text, keyed by canonical URL. */
final class RawArticles {

    private RawArticles() {
    }

    /**
     * @param requested the canonical URL asked for: the key, unless the page names its own canonical URL
     */
    static RawArticle fromPage(FetchTask task, FetchResult result, String requested) {
        TextDecoder.Decoded text = TextDecoder.decode(result.body(), result.charset());
        String key = isHtml(result.mimeType()) ? relCanonical(text.text(), task.uri()).orElse(requested)
                : requested;
        Link hint = task.hint();
        return new RawArticle(RawArticle.SCHEMA, task.uri().toString(), key,
                task.uri().getHost().toLowerCase(Locale.ROOT), Instant.now().toString(), result.status(),
                result.mimeType(), text.charset(), text.source(), hint == null ? null : hint.title(),
                hint == null ? null : hint.publishedAt(), Ids.sha256(text.text()), text.text());
    }

    /** @param source the name of the folder (or file) the crawl was given */
    static RawArticle fromFile(LocalFiles.Document document, String source) {
        return new RawArticle(RawArticle.SCHEMA, document.uri().toString(), CanonicalUrl.of(document.uri().toString()),
                source, Instant.now().toString(), null, document.contentType(), document.charset(),
                document.charsetSource(), document.title(), document.publishedAt(), Ids.sha256(document.text()),
                document.text());
    }

    private static boolean isHtml(String mime) {
        return mime.isEmpty() || mime.equals("text/html") || mime.equals("application/xhtml+xml");
    }

    /** The page's {@code <link rel=canonical>}, when it names an http(s) URL. */
    private static Optional<String> relCanonical(String html, URI base) {
        Element link = Jsoup.parse(html, base.toString()).selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link == null) {
            return Optional.empty();
        }
        String href = link.absUrl("href");
        String lower = href.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(CanonicalUrl.of(href))
                : Optional.empty();
    }
}
