package io.eventwire.bench.sink;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of the sink's own threads: the one that runs the drain and the sink's mapping threads
 * ({@code sink-mapper-*}), apart from the embedded broker, GC and JIT that share the process.
 */
final class SinkThreadsCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String MAPPER_PREFIX = "sink-mapper-";

    private final long caller = Thread.currentThread().getId();
    private final Map<Long, Long> atStart = sample();

    /** CPU nanoseconds the sink's threads used since this object was made; call it from the same thread. */
    long nanosSinceStart() {
        long total = 0;
        for (Map.Entry<Long, Long> now : sample().entrySet()) {
            total += now.getValue() - atStart.getOrDefault(now.getKey(), 0L);
        }
        return total;
    }

    private Map<Long, Long> sample() {
        Map<Long, Long> cpu = new HashMap<>();
        cpu.put(caller, THREADS.getCurrentThreadCpuTime());
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
