package io.eventwire.processor.topology;

import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.processor.dedup.ArticleFingerprinter;
import io.eventwire.processor.dedup.DedupConfig;
import io.eventwire.processor.extract.EventExtractor;
import io.eventwire.processor.extract.entity.GazetteerFiles;
import io.eventwire.processor.extract.market.MarketExtractor;
import io.eventwire.processor.language.LanguageTagger;
import io.eventwire.processor.normalize.Normalizer;
import io.eventwire.processor.validate.RawArticleValidator;

import java.time.Duration;
import java.util.Map;

/** The step implementations the topology runs; tests and benchmarks build their own. */
public record PipelineSteps(
        RawArticleValidator validator,
        Normalizer normalizer,
        LanguageTagger languageTagger,
        DedupConfig dedupConfig,
        EventExtractor eventExtractor) {

    /** The fingerprint step of {@link #dedupConfig}, which runs before the one-partition dedup task. */
    public ArticleFingerprinter fingerprinter() {
        return new ArticleFingerprinter(dedupConfig);
    }

    public static PipelineSteps from(ProcessorSettings settings) {
        return new PipelineSteps(
                new RawArticleValidator(settings.maxBodyChars()),
                new Normalizer(),
                new LanguageTagger(),
                DedupConfig.defaults().withRetention(Duration.ofDays(settings.dedupRetentionDays())),
                new EventExtractor(GazetteerFiles.defaultsPlus(settings.gazetteerFiles()), new MarketExtractor()));
    }

    /** The defaults, for the command-line tools that run the steps without Kafka. */
    public static PipelineSteps defaults() {
        return from(new ProcessorSettings(Settings.of(Map.of())));
    }

    /**
     * The stateless steps before deduplication, as the topology runs them one by one: what
     * {@code eventwire extract} runs on a file, so that its output is the topology's.
     */
    public Article article(RawArticle raw) {
        return languageTagger.tagged(normalizer.normalize(validator.validate(raw)));
    }
}
