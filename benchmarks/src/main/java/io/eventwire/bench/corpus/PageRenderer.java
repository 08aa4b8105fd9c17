package io.eventwire.bench.corpus;

import java.time.format.DateTimeFormatter;

/**
 * Renders a story as a news page: head with meta tags, Open Graph and JSON-LD; cookie banner, masthead and
 * navigation; the article with byline, share bar, paragraphs and a figure; related links, newsletter box
 * and footer. The frame (everything but the paragraphs) is rendered first, so the generator can fill the
 * body up to a target size without re-rendering the page.
 */
final class PageRenderer {

    /** The page around the body: {@code head + body + tail} is the whole document. */
    record Frame(String head, String tail) {
        int bytes() {
            return Utf8.length(head) + Utf8.length(tail);
        }
    }

    private PageRenderer() {
    }

    /**
     * @param richness 0 for the leanest chrome a small page gets, up to 10 for a portal's full chrome
     */
    static Frame frame(Site site, Story story, String description, String url, Draw random, int richness) {
        Lexicon lexicon = Lexicon.of(site.language());
        Lexicon.Chrome words = lexicon.chrome();
        Site.Layout layout = site.layout();
        String published = story.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String title = escape(story.title());
        StringBuilder head = new StringBuilder(4096);
        head.append("<!DOCTYPE html>\n<html lang=\"").append(site.language().code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(title).append(" | ").append(escape(site.name())).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(escape(description)).append("\">\n")
                .append("<link rel=\"canonical\" href=\"").append(url).append("\">\n")
                .append("<meta property=\"og:type\" content=\"article\">\n")
                .append("<meta property=\"og:title\" content=\"").append(title).append("\">\n")
                .append("<meta property=\"og:url\" content=\"").append(url).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(escape(site.name())).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"").append(published).append("\">\n")
                .append("<meta name=\"author\" content=\"").append(escape(story.author())).append("\">\n")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",")
                .append("\"@type\":\"NewsArticle\",\"headline\":\"").append(jsonEscape(story.title()))
                .append("\",\"datePublished\":\"").append(published)
                .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"").append(jsonEscape(story.author()))
                .append("\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(jsonEscape(site.name()))
                .append("\"},\"mainEntityOfPage\":\"").append(url).append("\"}</script>\n");
        if (richness >= 4) {
            head.append("<style>body{margin:0;font-family:Georgia,serif;color:#1a1a1a}.")
                    .append(layout.header().split(" ")[0])
                    .append("{display:flex;align-items:center;justify-content:space-between;padding:12px 24px;")
                    .append("border-bottom:1px solid #ddd}.cookie-banner{position:fixed;bottom:0;left:0;right:0;")
                    .append("background:#222;color:#fff;padding:16px}.share a{margin-right:8px}figure img{max-width:100%;")
                    .append("height:auto}@media (max-width:720px){nav ul{display:none}.")
                    .append(layout.aside().split(" ")[0]).append("{display:none}}</style>\n");
        }
        if (richness >= 2) {
            head.append("<script>window.dataLayer=window.dataLayer||[];window.__SITE__={\"section\":\"")
                    .append(words.sections().get(random.nextInt(words.sections().size())))
                    .append("\",\"paywall\":").append(random.nextBoolean())
                    .append(",\"adSlots\":[\"top\",\"mid-").append(random.nextInt(9))
                    .append("\",\"rail\"],\"build\":\"").append(Long.toHexString(random.nextLong()))
                    .append("\"};</script>\n");
        }
        head.append("</head>\n<body class=\"").append(layout.page()).append("\">\n")
                .append("<div class=\"cookie-banner\" role=\"dialog\"><p>").append(escape(words.cookieNotice()))
                .append("</p><button type=\"button\">").append(escape(words.acceptCookies())).append("</button></div>\n");
        StringBuilder nav = new StringBuilder("<nav class=\"main-nav\"><ul>");
        int sections = Math.min(words.sections().size(), 4 + richness);
        for (int i = 0; i < sections; i++) {
            nav.append("<li><a href=\"/s").append(i).append("/\">").append(escape(words.sections().get(i)))
                    .append("</a></li>");
        }
        nav.append("</ul></nav>\n");
        head.append("<header class=\"").append(layout.header()).append("\"><a class=\"logo\" href=\"/\">")
                .append(escape(site.name())).append("</a>");
        if (!layout.navAfterTitle()) {
            head.append(nav);
        }
        head.append("</header>\n<main>\n<article class=\"").append(layout.article()).append("\">\n<h1>").append(title)
                .append("</h1>\n");
        if (layout.navAfterTitle()) {
            head.append(nav);
        }
        head.append("<div class=\"byline\">").append(escape(words.byline())).append(" <span class=\"author\">")
                .append(escape(story.author())).append("</span> <time datetime=\"").append(published).append("\">")
                .append(story.published().toLocalDate()).append("</time></div>\n")
                .append("<div class=\"share\"><span>").append(escape(words.share())).append("</span>");
        words.shareTargets().forEach(target -> head.append("<a href=\"#\" rel=\"nofollow\">").append(escape(target))
                .append("</a>"));
        head.append("</div>\n<div class=\"").append(layout.body()).append("\">\n");

        StringBuilder tail = new StringBuilder(4096);
        if (richness >= 3) {
            tail.append("<figure><img src=\"/media/").append(Long.toHexString(random.nextLong()))
                    .append(".jpg\" alt=\"\" width=\"1200\" height=\"675\"><figcaption>").append(escape(words.photo()))
                    .append(": ").append(escape(site.name())).append("</figcaption></figure>\n");
        }
        tail.append("</div>\n<div class=\"tags\">").append(escape(words.tags())).append(": ");
        for (int i = 0; i < 3; i++) {
            tail.append("<a href=\"/tag/t").append(random.nextInt(500)).append("\">")
                    .append(escape(words.sections().get(random.nextInt(words.sections().size())))).append("</a> ");
        }
        tail.append("</div>\n</article>\n<aside class=\"").append(layout.aside()).append("\"><h3>")
                .append(escape(words.related())).append("</h3><ul>\n");
        int related = 2 + richness;
        for (int i = 0; i < related; i++) {
            tail.append("<li><a href=\"/a/").append(Long.toHexString(random.nextLong())).append(".html\">")
                    .append(escape(lexicon.headline(random))).append("</a></li>\n");
        }
        tail.append("</ul></aside>\n");
        if (richness >= 1) {
            tail.append("<section class=\"newsletter\"><h3>").append(escape(words.newsletter())).append("</h3><p>")
                    .append(escape(words.newsletterPitch())).append("</p><form action=\"/subscribe\" method=\"post\">")
                    .append("<input type=\"email\" name=\"email\"><button>").append(escape(words.subscribe()))
                    .append("</button></form></section>\n");
        }
        tail.append("</main>\n<footer class=\"").append(layout.footer()).append("\"><ul>");
        words.footerLinks().forEach(link -> tail.append("<li><a href=\"/info/").append(Math.abs(link.hashCode()))
                .append("\">").append(escape(link)).append("</a></li>"));
        tail.append("</ul><p>© ").append(story.published().getYear()).append(' ').append(escape(site.name()))
                .append(". ").append(escape(words.rights())).append("</p></footer>\n")
                .append("<script src=\"/static/app.").append(Integer.toHexString((int) random.nextLong()))
                .append(".js\" defer></script>\n</body>\n</html>\n");
        return new Frame(head.toString(), tail.toString());
    }

    static String paragraph(Story.Paragraph paragraph, String joiner) {
        StringBuilder html = new StringBuilder(512);
        if (paragraph.subheading() != null) {
            html.append("<h2>").append(escape(paragraph.subheading())).append("</h2>\n");
        }
        html.append("<p>");
        for (int i = 0; i < paragraph.sentences().size(); i++) {
            if (i > 0) {
                html.append(joiner);
            }
            html.append(escape(paragraph.sentences().get(i).text()));
        }
        return html.append("</p>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
