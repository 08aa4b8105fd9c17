package io.eventwire.bench.sink;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the sink's own threads, apart from the embedded broker, GC and JIT that share the process: the
 * loop's thread (the one that runs the drain: polling, decompressing, writing, committing) and the mapping threads
 * ({@code sink-mapper-*}). The loop's thread is the sink's serial part, so its CPU per document bounds what the
 * sink can do however many cores it has.
 */
final class SinkThreadsCpu {

    /** CPU nanoseconds of the loop's thread and of the mapping threads. */
    record Split(long loopNanos, long mappingNanos) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String MAPPER_PREFIX = "sink-mapper-";

    private final long loopStart = THREADS.getCurrentThreadCpuTime();
    private final Map<Long, Long> mappersAtStart = mappers();

    /** The CPU the sink's threads used since this object was made; call it from the thread that made it. */
    Split sinceStart() {
        long mapping = 0;
        for (Map.Entry<Long, Long> now : mappers().entrySet()) {
            mapping += now.getValue() - mappersAtStart.getOrDefault(now.getKey(), 0L);
        }
        return new Split(THREADS.getCurrentThreadCpuTime() - loopStart, mapping);
    }

    private static Map<Long, Long> mappers() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(MAPPER_PREFIX)) {
                long nanos = THREADS.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId(), nanos);
                }
            }
        }
        return cpu;
    }
}
