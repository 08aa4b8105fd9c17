package io.eventwire.cli.demo;

import io.eventwire.contracts.topic.Topics;
import io.eventwire.ingest.CrawlSummary;
import io.eventwire.sink.SinkSummary;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** What one demo run did, read back from the topics it wrote: the summary printed at the end. */
record DemoSummary(
        CrawlSummary crawl,
        long articles,
        Map<String, Long> languages,
        long duplicates,
        Map<String, Long> duplicatesByMethod,
        Map<String, Long> sanctionsBySubtype,
        Map<String, Long> marketBySubtype,
        long consolidated,
        Map<String, Long> deadLettersByStage,
        SinkSummary sink,
        Path out) {

    static DemoSummary read(TopicTally tally, Topics topics, CrawlSummary crawl, SinkSummary sink, Path out) {
        Map<String, Long> duplicates = tally.countBy(topics.duplicates(), value -> value.path("method").asText());
        return new DemoSummary(
                crawl,
                tally.distinctKeys(topics.articles()),
                tally.countBy(topics.articles(), value -> value.path("language").asText()),
                duplicates.values().stream().mapToLong(Long::longValue).sum(),
                duplicates,
                tally.countBy(topics.sanctions(), value -> value.path("subtype").asText()),
                tally.countBy(topics.market(), value -> value.path("subtype").asText()),
                tally.distinctKeys(topics.consolidated()),
                tally.countBy(topics.deadLetters(), value -> value.path("stage").asText()),
                sink,
                out);
    }

    void print(PrintStream printer) {
        printer.println();
        printer.println("Eventwire demo summary");
        printer.println("  crawl          " + crawl);
        printer.println("  articles       " + articles + " unique, by language " + languages);
        printer.println("  duplicates     " + duplicates + " " + duplicatesByMethod);
        printer.println("  sanctions      " + sum(sanctionsBySubtype) + " " + sanctionsBySubtype);
        printer.println("  market events  " + sum(marketBySubtype) + " " + marketBySubtype);
        printer.println("  consolidated   " + consolidated + " real-world events");
        printer.println("  dead letters   " + sum(deadLettersByStage) + " " + deadLettersByStage);
        if (sink != null) {
            printer.println("  sink           " + sink);
        }
        printer.println("  output         " + out.toAbsolutePath());
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
