package io.eventwire.processor.normalize.text;

import io.eventwire.processor.normalize.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTextExtractorTest {

    private final MainTextExtractor extractor = new MainTextExtractor();

    private String extract(String html, String title) {
        return extractor.extract(Jsoup.parse(html, "https://example.org/"), title);
    }

    @Test
    void keepsTheArticleAndDropsEveryKindOfBoilerplate() {
        String text = extract(Fixtures.read("news-page.html"), "Harbour cranes return to work after storm");

        assertTrue(text.startsWith("The four container cranes"), text);
        assertTrue(text.endsWith("agreed in 2019."), text);
        for (String boilerplate : List.of("Home", "Sport", "Advertisement", "Share on Facebook", "Email this story",
                "newsletter", "Related stories", "Port traffic", "comments", "Great news", "Most read",
                "Mayor opens", "Copyright", "Privacy", "By Mara")) {
            assertFalse(text.contains(boilerplate), "no \"" + boilerplate + "\" in:\n" + text);
        }
    }

    @Test
    void keepsHeadingsListsAndParagraphsInOrderSeparatedByBlankLines() {
        String text = extract(Fixtures.read("news-page.html"), "Harbour cranes return to work after storm");

        List<String> inOrder = List.of("The four container cranes", "Engineers spent Monday", "Backlog of ships",
                "Eleven vessels", "Three ships carrying grain", "Ferries kept running", "Shipping agents");
        int previous = -1;
        for (String piece : inOrder) {
            int at = text.indexOf(piece);
            assertTrue(at > previous, piece + " after the previous piece in:\n" + text);
            previous = at;
        }
        assertTrue(text.contains("lock them down.\n\nEngineers"), text);
        assertTrue(text.contains("\n\nBacklog of ships\n\n"), text);
        assertFalse(text.contains("Harbour cranes return"), "the title is not repeated as text");
    }

    @Test
    void extractsAChinesePageMeasuringCharactersNotWords() {
        String text = extract(Fixtures.read("chinese-page.html"), "城市公园新增夜间照明设施");

        assertTrue(text.startsWith("记者从市园林部门获悉"), text);
        assertTrue(text.contains("减少了对湖区鸟类的干扰。\n\n不少市民表示"), text);
        assertTrue(text.endsWith("照明升级。"), text);
        for (String boilerplate : List.of("首页", "分享到", "微博", "相关阅读", "口袋公园", "热门排行", "地铁新线", "版权所有")) {
            assertFalse(text.contains(boilerplate), "no \"" + boilerplate + "\" in:\n" + text);
        }
    }

    @Test
    void sourceLineBreaksBetweenChineseInlineElementsDoNotBecomeSpaces() {
        String html = "<html><body><div><p>\n  据报道，\n  <a href=\"/c/1\">\n   某公司\n  </a>\n  股价当日"
                + "<strong>\n下跌百分之五\n</strong>\n  ，市值蒸发约四百亿元，为 2019 年以来最大单日跌幅。\n</p></div></body></html>";

        assertEquals("据报道，某公司股价当日下跌百分之五，市值蒸发约四百亿元，为 2019 年以来最大单日跌幅。", extract(html, null));
    }

    @Test
    void prefersTheArticleOverALongerCommentThread() {
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            comments.append("<li class=\"comment\"><div class=\"comment-body\"><p>Reader ").append(i)
                    .append(" writes at length, with several clauses, that the new timetable is confusing, ")
                    .append("that the buses are late, and that nobody answers the phone at the depot.</p></div></li>");
        }
        String html = "<html><body><article><div class=\"entry-content\"><p>The bus company published its winter "
                + "timetable on Friday, with fewer night services and an extra early route to the hospital.</p>"
                + "</div></article><ol class=\"comment-list\">" + comments + "</ol></body></html>";

        String text = extract(html, null);

        assertTrue(text.startsWith("The bus company published"), text);
        assertFalse(text.contains("Reader"), text);
    }

    @Test
    void keepsAnArticleWrappedInContainersNamedLikeTemplateParts() {
        String paragraphs = ("<p>The library will open on Sundays from next month, the council decided, after a "
                + "petition signed by more than two thousand residents.</p>").repeat(4);
        String html = "<html><body><div class=\"page-wrap sticky-header-layout\"><div class=\"widget-area-main\">"
                + "<div class=\"widget-container\">" + paragraphs + "</div></div></div></body></html>";

        assertTrue(extract(html, null).startsWith("The library will open on Sundays"));
    }

    @Test
    void sectionsOfTheArticleBesideTheWinnerJoinItButTeaserCardsDoNot() {
        String deep = "<div><div><div><div><div><div>%s</div></div></div></div></div></div>";
        String first = ("<p>The first section describes how the dam was built in the 1950s, with labour from three "
                + "valleys, and how the village below it was moved.</p>").repeat(3);
        String second = ("<p>The second section explains why engineers now want to raise the crest, and what that "
                + "would mean for the farms upstream, which would flood.</p>").repeat(6);
        String teaser = "<div class=\"block\"><p>Another story, teased with a comma and a short line.</p></div>";
        String html = "<html><body><div class=\"wrap\"><div class=\"block\">" + String.format(deep, first)
                + "</div><figure><img src=\"dam.jpg\"></figure><div class=\"block\">" + second + "</div>"
                + teaser + teaser + "</div></body></html>";

        String text = extract(html, null);

        assertTrue(text.startsWith("The first section describes"), text);
        assertTrue(text.contains("The second section explains"), text);
        assertFalse(text.contains("Another story"), text);
    }

    @Test
    void aHeadlineStyledAsAParagraphAndANumericDatelineAreNotText() {
        String html = "<html><head><title>Night bus route extended to the harbour</title></head><body><div>"
                + "<p class=\"titulo\">Night bus route extended to the harbour</p>"
                + "<small><b>05/10/2018</b> - Publicado por: Ana Reis - Categoria: <a href=\"/c\">Cidade</a></small>"
                + "<br><br><p>The night bus will run to the harbour from Monday, the transport office said, after "
                + "requests from workers on the early shift at the fish market.</p><p>Tickets cost the same as on "
                + "the day routes, and the last bus leaves the harbour at half past four.</p></div></body></html>";

        String text = extract(html, null);

        assertTrue(text.startsWith("The night bus will run to the harbour from Monday"), text);
    }

    @Test
    void aPageWithoutTextGivesEmptyText() {
        assertEquals("", extract("<html><body><nav><a href='/'>Home</a></nav><img src='a.png'></body></html>", null));
    }
}
