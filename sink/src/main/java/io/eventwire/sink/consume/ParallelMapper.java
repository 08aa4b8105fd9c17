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
 * Maps the records of one poll to their bulk actions on several threads and hands the results back in record
 * order. Mapping (reading each value through to check it is one JSON object and find its dates, then building its
 * action) is most of the sink's CPU, and records do not depend on each other; what does depend on order — writing,
 * dead letters, offsets, commits — stays on the loop's thread, record after record, as before.
 *
 * <p>The calling thread maps too; {@code threads - 1} workers help it. Each thread has a {@link DocumentMapper} of
 * its own (they reuse a buffer). Records are claimed in small chunks, so large and small documents even out.
 */
public final class ParallelMapper implements AutoCloseable {

    /** What one record maps to: its action, or the exception mapping it threw. */
    public record Mapped(BulkAction action, RuntimeException failure) {
    }

    private static final int MAX_CHUNK = 64;

    private final ThreadLocal<DocumentMapper> mappers;
    private final int threads;
    private final ExecutorService workers;

    /** @param threads threads that map, the caller's included; 1 maps on the caller's thread only */
    public ParallelMapper(Supplier<DocumentMapper> mapperPerThread, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("mapping needs at least one thread: " + threads);
        }
        this.mappers = ThreadLocal.withInitial(mapperPerThread);
        this.threads = threads;
        AtomicInteger created = new AtomicInteger();
        this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, runnable -> {
            Thread thread = new Thread(runnable, "sink-mapper-" + created.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The records' actions (or failures), in the records' order. */
    public List<Mapped> map(List<ConsumerRecord<byte[], byte[]>> records) {
        Batch batch = new Batch(records, chunkSize(records.size()));
        if (workers != null && batch.chunks > 1) {
            for (int i = 0; i < Math.min(threads - 1, batch.chunks - 1); i++) {
                workers.execute(batch::work);
            }
        }
        batch.work();
        return batch.results();
    }

    /** About four chunks per thread, so that a thread held up by a large document does not hold up the batch. */
    private int chunkSize(int records) {
        return Math.max(1, Math.min(MAX_CHUNK, records / (threads * 4)));
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    /** One poll's records and their results; threads claim chunks until none is left. */
    private final class Batch {
        private final List<ConsumerRecord<byte[], byte[]>> records;
        private final Mapped[] results;
        private final int chunk;
        private final int chunks;
        private final AtomicInteger nextChunk = new AtomicInteger();
        private final CountDownLatch done;
        private final AtomicReference<Error> error = new AtomicReference<>();

        Batch(List<ConsumerRecord<byte[], byte[]>> records, int chunk) {
            this.records = records;
            this.results = new Mapped[records.size()];
            this.chunk = chunk;
            this.chunks = (records.size() + chunk - 1) / chunk;
            this.done = new CountDownLatch(chunks);
        }

        /** Maps chunks until every chunk is claimed. A worker that starts late finds none and returns at once. */
        void work() {
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

        private Mapped mapOne(DocumentMapper mapper, ConsumerRecord<byte[], byte[]> record) {
            try {
                return new Mapped(mapper.map(record.topic(), record.partition(), record.offset(), record.key(),
                        record.value(), record.timestamp()), null);
            } catch (RuntimeException e) {
                // Handed back in place: the loop decides (a dead letter, or the end of the run) when it gets there.
                return new Mapped(null, e);
            }
        }

        /** Waits for the chunks other threads claimed; the count down makes their results visible here. */
        List<Mapped> results() {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while mapping records", e);
            }
            if (error.get() != null) {
                throw error.get();
            }
            return Arrays.asList(results);
        }
    }
}
