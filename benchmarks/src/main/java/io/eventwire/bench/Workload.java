package io.eventwire.bench;

import io.eventwire.bench.corpus.CorpusGenerator;
import io.eventwire.bench.corpus.GeneratedArticle;
import io.eventwire.contracts.id.Ids;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The corpus as the broker and the steps see it: every article's raw record, its key and value bytes as
 * the crawler publishes them (key the canonical URL, value the JSON RawArticle), and its article id.
 * Generated once per run and shared by every measurement, so all of them process the same records.
 */
public record Workload(List<Item> items, long valueBytes) {

    public record Item(GeneratedArticle article, String articleId, byte[] key, byte[] value) {
        public RawArticle raw() {
            return article.raw();
        }
    }

    public static Workload generate(CorpusGenerator generator, long from, int count) {
        // Pages are independent functions of their index, so both cores can generate them.
        List<Item> items = LongStream.range(from, from + count).parallel()
                .mapToObj(generator::article)
                .map(article -> new Item(article, Ids.articleId(article.raw().url()),
                        article.raw().canonicalUrl().getBytes(StandardCharsets.UTF_8), Json.toBytes(article.raw())))
                .toList();
        long bytes = items.stream().mapToLong(item -> item.value().length).sum();
        return new Workload(items, bytes);
    }

    public int size() {
        return items.size();
    }
}
