package io.eventwire.processor.normalize;

import io.eventwire.contracts.id.CanonicalUrl;
import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.processor.normalize.meta.FrontMatter;
import io.eventwire.processor.normalize.meta.MetadataExtractor;
import io.eventwire.processor.normalize.meta.PageMetadata;
import io.eventwire.processor.normalize.meta.PublicationDate;
import io.eventwire.processor.normalize.text.MainTextExtractor;
import io.eventwire.processor.normalize.text.PlainArticle;
import io.eventwire.processor.normalize.text.PlainTextExtractor;
import io.eventwire.processor.normalize.text.StructuredBodyCheck;
import io.eventwire.processor.normalize.text.TextMeasure;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalize step: a {@link RawArticle} as fetched becomes an {@link Article} with its main text and
 * metadata. Language, its confidence and the SimHash are left null for the steps that follow.
 *
 * <p>Input shapes: HTML pages and fragments, YAML front matter followed by HTML or markdown, and plain text.
 * Work per record is bounded: bodies over {@link #MAX_BODY_CHARS} are refused, the HTML parser nests at most
 * {@link #MAX_HTML_DEPTH} elements deep (deeper ones become siblings), and every walk over the tree is
 * iterative. Stateless and thread-safe.
 */
public final class Normalizer {

    /** Recorded in every article, so a replay can tell which extraction produced it. */
    public static final String PIPELINE_VERSION = "normalize/1";
    /** Larger bodies are refused, never silently cut (DESIGN.md, news.raw). */
    public static final int MAX_BODY_CHARS = 5_000_000;
    /** Real pages nest a few dozen levels; deeper nesting only costs time and stack elsewhere. */
    public static final int MAX_HTML_DEPTH = 256;

    /** A tag a text would not contain: the body is HTML (a page or a fragment). */
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(!doctype|html|head|body|div|p|article|section|span|br|a|h[1-6]|ul|ol|li|table|meta|title|img|main|"
                    + "header|blockquote|strong|em|b|i|figure|script|style|link)(\\s[^>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    /** Share of control or undecodable characters above which a body is binary, not text. */
    private static final double MAX_BINARY_SHARE = 0.05;

    private final MainTextExtractor htmlText = new MainTextExtractor();
    private final PlainTextExtractor plainText = new PlainTextExtractor();

    /** The article in {@code raw}; throws {@link NormalizationException} when it has none. */
    public Article normalize(RawArticle raw) {
        if (raw == null || raw.body() == null || raw.body().isBlank()) {
            throw new NormalizationException("empty body");
        }
        if (raw.url() == null || raw.url().isBlank()) {
            throw new NormalizationException("no url");
        }
        String body = raw.body();
        if (body.length() > MAX_BODY_CHARS) {
            throw new NormalizationException("body of " + body.length() + " characters is over the limit of "
                    + MAX_BODY_CHARS);
        }
        if (looksBinary(body)) {
            throw new NormalizationException("body is binary, not text (content type "
                    + raw.contentType() + ")");
        }
        String source = source(raw.url());
        FrontMatter frontMatter = FrontMatter.parse(body);
        Extracted extracted = HTML_TAG.matcher(frontMatter.body()).find()
                ? fromHtml(frontMatter, raw.url(), source)
                : fromPlainText(frontMatter, source);
        if (TextMeasure.weighsLessThan(extracted.text(), 1)) {
            throw new NormalizationException("no article text found in " + raw.url());
        }
        PageMetadata meta = extracted.metadata();
        String canonicalUrl = CanonicalUrl.of(meta.canonicalUrl() != null ? meta.canonicalUrl() : raw.url());
        String publishedAt = meta.publishedAt() != null ? meta.publishedAt().iso()
                : PublicationDate.parse(raw.publishedAt()).map(PublicationDate::iso).orElse(null);
        return new Article(Article.SCHEMA, Ids.articleId(canonicalUrl), raw.url(), canonicalUrl, source,
                meta.title() != null ? meta.title() : blankToNull(raw.title()), meta.author(), publishedAt,
                raw.fetchedAt(), null, null, extracted.text(), contentHash(extracted.text()), null,
                PIPELINE_VERSION);
    }

    /**
     * The hash of a text's content: Unicode-normalized (NFKC), lower-cased, whitespace collapsed, so that
     * two renderings differing only in spacing, case or full-width forms hash the same.
     */
    public static String contentHash(String text) {
        return ContentHash.of(text);
    }

    private Extracted fromHtml(FrontMatter frontMatter, String url, String source) {
        Document page = Jsoup.parse(frontMatter.body(), url, Parser.htmlParser().setMaxDepth(MAX_HTML_DEPTH));
        PageMetadata meta = MetadataExtractor.extract(frontMatter, page, source);
        String text = StructuredBodyCheck.choose(htmlText.extract(page, meta.title()), meta.articleBody());
        return new Extracted(meta, text);
    }

    private Extracted fromPlainText(FrontMatter frontMatter, String source) {
        PageMetadata fromFrontMatter = MetadataExtractor.extract(frontMatter, null, source);
        PlainArticle article = plainText.extract(frontMatter.body(), fromFrontMatter.title());
        PageMetadata meta = new PageMetadata(
                fromFrontMatter.title() != null ? fromFrontMatter.title() : article.title(),
                fromFrontMatter.author() != null ? fromFrontMatter.author() : article.byline(),
                fromFrontMatter.publishedAt(), fromFrontMatter.canonicalUrl(), null);
        return new Extracted(meta, article.text());
    }

    /** The host of an http(s) URL; for a file, the folder it lies in (the collection it came from). */
    static String source(String url) {
        try {
            URI uri = new URI(url.strip());
            if ("file".equalsIgnoreCase(uri.getScheme())) {
                String path = uri.getPath() == null ? "" : uri.getPath();
                String[] folders = path.substring(0, Math.max(0, path.lastIndexOf('/'))).split("/");
                String folder = folders.length == 0 ? "" : folders[folders.length - 1];
                return folder.isEmpty() ? null : folder;
            }
            return uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean looksBinary(String body) {
        int sample = Math.min(body.length(), 65_536);
        int suspicious = 0;
        for (int i = 0; i < sample; i++) {
            char c = body.charAt(i);
            if (c == '\uFFFD' || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                suspicious++;
            }
        }
        return suspicious > sample * MAX_BINARY_SHARE;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Extracted(PageMetadata metadata, String text) {
    }
}
