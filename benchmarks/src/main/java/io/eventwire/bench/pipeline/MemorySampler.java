package io.eventwire.bench.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples this JVM's heap (MemoryMXBean) and resident set (/proc/self/status) four times a second while a
 * measurement runs, keeping the peaks. The broker and the benchmark's own clients share the JVM with the
 * processor, so {@link #retainedHeapBytes()} — heap after a full GC — is read before and after a run and the
 * difference is what the processor holds.
 */
public final class MemorySampler implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicLong heapPeak = new AtomicLong();
    private final AtomicLong rssPeak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    public MemorySampler() {
        thread = new Thread(this::sample, "bench-memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            heapPeak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
            rssPeak.accumulateAndGet(rssBytes(), Math::max);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public long heapPeakBytes() {
        return heapPeak.get();
    }

    public long rssPeakBytes() {
        return rssPeak.get();
    }

    /** Heap in use after a full collection: what is really held, not what awaits collection. */
    public static long retainedHeapBytes() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** The resident set size of this process, from /proc/self/status; 0 where there is no /proc. */
    public static long rssBytes() {
        return procStatus("VmRSS:");
    }

    /** The largest resident set this process had so far (VmHWM). */
    public static long rssHighWaterBytes() {
        return procStatus("VmHWM:");
    }

    private static long procStatus(String field) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/self/status"));
            for (String line : lines) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").trim()) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
