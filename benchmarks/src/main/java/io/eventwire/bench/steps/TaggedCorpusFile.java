package io.eventwire.bench.steps;

import io.eventwire.bench.corpus.CorpusGenerator;
import io.eventwire.bench.corpus.CorpusSpec;
import io.eventwire.bench.corpus.GeneratedArticle;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.serde.Json;
import io.eventwire.processor.topology.PipelineSteps;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes corpus articles as the fingerprint step receives them (validated, normalized, language tagged), one
 * JSON a line, so that the dedup and fingerprint benchmarks can run on 200,000 articles without paying the
 * text steps (about 2.5 ms CPU an article) in every run. Dead letters are left out, as the topology takes them
 * off before the fingerprint step. Ranges written by several processes at once concatenate in index order.
 * Run: {@code java -cp ... io.eventwire.bench.steps.TaggedCorpusFile 0 200000 42 tagged.jsonl}
 * (first index, articles, corpus seed, file).
 */
public final class TaggedCorpusFile {

    private TaggedCorpusFile() {
    }

    public static void main(String[] args) throws IOException {
        long from = Long.parseLong(args[0]);
        long count = Long.parseLong(args[1]);
        CorpusGenerator corpus = new CorpusGenerator(CorpusSpec.defaults(Long.parseLong(args[2])));
        PipelineSteps steps = PipelineSteps.defaults();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[3])))) {
            for (long index = from; index < from + count; index++) {
                GeneratedArticle generated = corpus.article(index);
                Article tagged;
                try {
                    steps.validator().validate(generated.raw());
                    tagged = steps.languageTagger().tagged(steps.normalizer().normalize(generated.raw()));
                } catch (RuntimeException deadLetter) {
                    continue;
                }
                out.write(Json.toBytes(tagged));
                out.write('\n');
            }
        }
    }
}
