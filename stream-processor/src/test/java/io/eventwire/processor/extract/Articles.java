package io.eventwire.processor.extract;

import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.Article;

/** Test articles: a text, its language and publication time, nothing else. */
public final class Articles {

    private Articles() {
    }

    public static Article of(String name, String language, String publishedAt, String text) {
        String url = "file:///tests/" + name + ".txt";
        return new Article(Article.SCHEMA, Ids.articleId(url), url, url, "tests", null, null, publishedAt, null,
                language, null, text, Ids.sha256(text), null, "test");
    }
}
