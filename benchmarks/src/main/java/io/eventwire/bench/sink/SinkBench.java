package io.eventwire.bench.sink;

import io.eventwire.bench.ProcessCpu;
import io.eventwire.bench.Sends;
import io.eventwire.bench.Workload;
import io.eventwire.contracts.config.Settings;
import io.eventwire.contracts.files.Directories;
import io.eventwire.contracts.record.Article;
import io.eventwire.contracts.record.RawArticle;
import io.eventwire.contracts.serde.Json;
import io.eventwire.contracts.topic.TopicCreator;
import io.eventwire.contracts.topic.Topics;
import io.eventwire.sink.SinkRunner;
import io.eventwire.sink.SinkSummary;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sink to files: {@code documents} article records (built from the corpus, each with a page's paragraphs
 * as its text, so documents are as large as real ones) are loaded into news.articles first, untimed; then
 * one {@link SinkRunner#drain()} writes them as Elasticsearch bulk files, timed from start to its commit.
 */
public final class SinkBench {

    private static final Pattern PARAGRAPH = Pattern.compile("<p>(.*?)</p>");

    /**
     * @param cpuSeconds        CPU time of the whole process during the drain (the embedded broker, GC and JIT too)
     * @param loopCpuSeconds    CPU time of the sink's loop thread: consuming (fetching, decompressing), writing,
     *                          committing — the serial part
     * @param mappingCpuSeconds CPU time of the sink's mapping threads
     * @param drainStarted      when the timed drain began (to line a profile up with it)
     */
    public record Result(long documents, long bytes, double seconds, double cpuSeconds, double loopCpuSeconds,
                         double mappingCpuSeconds, Instant drainStarted) {
        public double documentsPerSecond() {
            return documents / seconds;
        }

        /** Process CPU (the embedded broker included) per document written. */
        public double cpuMillisPerDocument() {
            return cpuSeconds * 1000 / documents;
        }

        public double loopCpuMillisPerDocument() {
            return loopCpuSeconds * 1000 / documents;
        }

        public double mappingCpuMillisPerDocument() {
            return mappingCpuSeconds * 1000 / documents;
        }

        /**
         * What the sink would do with {@code cores} idle cores, from CPU time rather than the wall clock: bounded by
         * its serial loop thread, and by the process's CPU (broker included) spread over every core. An inference
         * for a shared machine, not a measurement.
         */
        public double projectedDocumentsPerSecond(int cores) {
            return Math.min(1000 / loopCpuMillisPerDocument(), cores * 1000 / cpuMillisPerDocument());
        }
    }

    private SinkBench() {
    }

    /** @param sinkSettings settings over the bench's own, to measure a change ({@code mapping.threads=1}…) */
    public static Result run(String bootstrapServers, Workload workload, int documents,
                             Map<String, String> sinkSettings) {
        Topics topics = new Topics("sink-" + UUID.randomUUID().toString().substring(0, 6) + "-");
        TopicCreator.createMissing(bootstrapServers, topics.all());
        List<Article> articles = workload.items().stream().map(item -> article(item.raw(), item.articleId())).toList();
        long bytes = 0;
        Sends sends = new Sends();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (int i = 0; i < documents; i++) {
                // Every document its own id: the corpus again and again, as new articles.
                Article a = articles.get(i % articles.size());
                String id = a.id() + "-" + i / articles.size();
                byte[] value = Json.toBytes(withId(a, id));
                bytes += value.length;
                producer.send(new ProducerRecord<>(topics.articles(), id.getBytes(StandardCharsets.UTF_8), value),
                        sends);
            }
            sends.flushAndCheck(producer, "the sink's input");
        }
        Path out = tempDir();
        Map<String, String> settings = new HashMap<>(Map.of(
                "bootstrap.servers", bootstrapServers,
                "topic.prefix", topics.prefix(),
                "out.dir", out.toString(),
                "group.id", "bench-sink-" + topics.prefix(),
                "from.beginning", "true"));
        settings.putAll(sinkSettings);
        try (SinkRunner sink = new SinkRunner(Settings.of(settings))) {
            Instant drainStarted = Instant.now();
            long started = System.nanoTime();
            long cpuStarted = ProcessCpu.nanos();
            SinkThreadsCpu sinkCpu = new SinkThreadsCpu();
            SinkSummary summary = sink.drain();
            SinkThreadsCpu.Split split = sinkCpu.sinceStart();
            return new Result(summary.totalDocuments(), bytes, (System.nanoTime() - started) / 1e9,
                    (ProcessCpu.nanos() - cpuStarted) / 1e9, split.loopNanos() / 1e9, split.mappingNanos() / 1e9,
                    drainStarted);
        } finally {
            Directories.deleteQuietly(out);
        }
    }

    /** An article as the pipeline would publish it, without running the pipeline: the page's paragraphs. */
    private static Article article(RawArticle raw, String id) {
        StringBuilder text = new StringBuilder();
        Matcher matcher = PARAGRAPH.matcher(raw.body());
        while (matcher.find()) {
            text.append(matcher.group(1)).append("\n\n");
        }
        return new Article(Article.SCHEMA, id, raw.url(), raw.canonicalUrl(), raw.source(), raw.title(), null,
                raw.publishedAt(), raw.fetchedAt(), "en", 0.99, text.toString().strip(), raw.contentHash(), 0L,
                "bench");
    }

    private static Article withId(Article a, String id) {
        return new Article(a.schema(), id, a.url(), a.canonicalUrl(), a.source(), a.title(), a.author(),
                a.publishedAt(), a.fetchedAt(), a.language(), a.languageConfidence(), a.text(), a.contentHash(),
                a.simhash(), a.pipelineVersion());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("eventwire-bench-sink-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
