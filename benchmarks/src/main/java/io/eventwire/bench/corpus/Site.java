package io.eventwire.bench.corpus;

import java.time.ZoneOffset;
import java.util.List;

/**
 * A fictitious news site: its host, name, time zone and the class names of its page layout. Layouts differ
 * between sites so that the text extractor meets more than one template, as it does on the web.
 */
record Site(String host, String name, Language language, ZoneOffset offset, Layout layout) {

    /** The class names a site's template uses for its containers. */
    record Layout(String page, String header, String article, String body, String aside, String footer,
                  boolean navAfterTitle) {
    }

    private static final Layout CLASSIC = new Layout("article-page", "site-header", "story", "story-body",
            "related", "site-footer", false);
    private static final Layout MODERN = new Layout("l-page t-article", "c-masthead", "c-article", "c-article__content",
            "c-rail", "c-footer", true);
    private static final Layout BLOG = new Layout("single-post", "masthead", "post", "entry-content",
            "sidebar widget-area", "colophon", false);
    private static final Layout PORTAL = new Layout("main-wrap", "top-bar", "news-detail", "article-text",
            "right-col", "bottom", true);

    static final List<Site> ALL = List.of(
            new Site("www.harborledger.example", "Harbor Ledger", Language.EN, ZoneOffset.ofHours(-5), CLASSIC),
            new Site("news.meridianpost.example", "The Meridian Post", Language.EN, ZoneOffset.UTC, MODERN),
            new Site("www.northgate-review.example", "Northgate Business Review", Language.EN, ZoneOffset.ofHours(1), BLOG),
            new Site("pacificwire.example", "Pacific Wire Daily", Language.EN, ZoneOffset.ofHours(8), PORTAL),
            new Site("www.rheinischer-kurier.example", "Rheinischer Kurier", Language.DE, ZoneOffset.ofHours(1), CLASSIC),
            new Site("www.alpenblick-zeitung.example", "Alpenblick Zeitung", Language.DE, ZoneOffset.ofHours(1), BLOG),
            new Site("hanse-wirtschaft.example", "Hanse Wirtschaftsblatt", Language.DE, ZoneOffset.ofHours(2), MODERN),
            new Site("www.mittelland-nachrichten.example", "Mittelland Nachrichten", Language.DE, ZoneOffset.ofHours(1),
                    PORTAL),
            new Site("www.dongfang-caixun.example", "东方财讯", Language.ZH, ZoneOffset.ofHours(8), PORTAL),
            new Site("tech.huanan-keji.example", "华南科技报", Language.ZH, ZoneOffset.ofHours(8), CLASSIC),
            new Site("www.changjiang-shangye.example", "长江商业观察", Language.ZH, ZoneOffset.ofHours(8), MODERN),
            new Site("news.jinghua-net.example", "京华新闻网", Language.ZH, ZoneOffset.ofHours(8), BLOG));

    static List<Site> of(Language language) {
        return ALL.stream().filter(site -> site.language() == language).toList();
    }
}
