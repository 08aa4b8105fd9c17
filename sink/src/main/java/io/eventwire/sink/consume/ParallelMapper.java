package io.eventwire.sink.consume;

import io.eventwire.sink.document.BulkAction;
import io.eventwire.sink.document.DocumentMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Maps the records of one poll to their bulk actions on worker threads and hands the results back in record
 * order. Mapping (reading each value through to check it is one JSON object and find its dates, then building its
 * action) is most of the sink's CPU, and records do not depend on each other; what does depend on order — writing,
 * dead letters, offsets, commits — stays on the loop's thread, record after record.
 *
 * <p>{@link #start} returns at once, so the loop can poll the next records (decompressing them is the other large
 * cost) while the workers map these; {@link Mapping#results()} helps with what is left, then waits. Each thread
 * has a {@link DocumentMapper} of its own (they reuse a buffer). Records are claimed in small chunks, so large and
 * small documents even out.
 */
public final class ParallelMapper implements AutoCloseable {

    /** What one record maps to: its action, or the exception mapping it threw. */
    public record Mapped(BulkAction action, RuntimeException failure) {
    }

    private static final int MAX_CHUNK = 64;

    private final ThreadLocal<DocumentMapper> mappers;
    private final int threads;
    private final ExecutorService workers;

    /** @param threads worker threads; the thread that waits for a mapping helps with it too */
    public ParallelMapper(Supplier<DocumentMapper> mapperPerThread, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("mapping needs at least one thread: " + threads);
        }
        this.mappers = ThreadLocal.withInitial(mapperPerThread);
        this.threads = threads;
        AtomicInteger created = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sink-mapper-" + created.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts mapping {@code records} on the workers and returns at once. */
    public Mapping start(List<ConsumerRecord<byte[], byte[]>> records) {
        Mapping mapping = new Mapping(records, chunkSize(records.size()));
        for (int i = 0; i < Math.min(threads, mapping.chunks); i++) {
            workers.execute(mapping::work);
        }
        return mapping;
    }

    /** The records' actions (or failures), in the records' order. */
    public List<Mapped> map(List<ConsumerRecord<byte[], byte[]>> records) {
        return start(records).results();
    }

    /** About four chunks per thread, so that a thread held up by a large document does not hold up the batch. */
    private int chunkSize(int records) {
        return Math.max(1, Math.min(MAX_CHUNK, records / (threads * 4)));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** One poll's records being mapped; threads claim chunks until none is left. */
    public final class Mapping {
        private final List<ConsumerRecord<byte[], byte[]>> records;
        private final Mapped[] results;
        private final int chunk;
        private final int chunks;
        private final AtomicInteger nextChunk = new AtomicInteger();
        private final CountDownLatch done;
        private final AtomicReference<Error> error = new AtomicReference<>();

        private Mapping(List<ConsumerRecord<byte[], byte[]>> records, int chunk) {
            this.records = records;
            this.results = new Mapped[records.size()];
            this.chunk = chunk;
            this.chunks = (records.size() + chunk - 1) / chunk;
            this.done = new CountDownLatch(chunks);
        }

        public List<ConsumerRecord<byte[], byte[]>> records() {
            return records;
        }

        /**
         * The results in record order, once every record is mapped. The calling thread maps the chunks no worker
         * has claimed yet, so a starved pool slows the loop down but never stops it.
         */
        public List<Mapped> results() {
            work();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while mapping records", e);
            }
            // The count down of every chunk happens before await returns: the workers' results are visible here.
            if (error.get() != null) {
                throw error.get();
            }
            return Arrays.asList(results);
        }

        /** Maps chunks until every chunk is claimed. A thread that comes late finds none and returns at once. */
        private void work() {
            DocumentMapper mapper = mappers.get();
            for (int c = nextChunk.getAndIncrement(); c < chunks; c = nextChunk.getAndIncrement()) {
                try {
                    int end = Math.min(records.size(), (c + 1) * chunk);
                    for (int i = c * chunk; i < end; i++) {
                        results[i] = mapOne(mapper, records.get(i));
                    }
                } catch (Error e) {
                    error.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        }

    }

    private static Mapped mapOne(DocumentMapper mapper, ConsumerRecord<byte[], byte[]> record) {
        try {
            return new Mapped(mapper.map(record.topic(), record.partition(), record.offset(), record.key(),
                    record.value(), record.timestamp()), null);
        } catch (RuntimeException e) {
            // Handed back in place: the loop decides (a dead letter, or the end of the run) when it gets there.
            return new Mapped(null, e);
        }
    }
}
