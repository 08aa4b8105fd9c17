package io.eventwire.bench.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time of this process split by who spent it, read from /proc/self/task: the processor's stream threads,
 * the JIT compiler, the collector, the producers' I/O threads, the benchmark's own driver, and the broker
 * with everything else. Process CPU alone cannot tell a slow pipeline from a JVM still compiling it; the
 * JIT's and the collector's threads are invisible to ThreadMXBean, hence /proc. Where there is no /proc the
 * split is empty and the report says so.
 */
public final class ThreadCpu {

    /** Linux reports utime and stime in USER_HZ ticks, 100 a second on every architecture Linux runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final Path TASKS = Path.of("/proc/self/task");

    /** Who spent the CPU, told apart by the thread's name as the kernel keeps it (its first 15 bytes). */
    public enum Spender {
        STREAM_THREADS("stream threads"),
        PRODUCER_IO("producer I/O"),
        JIT_COMPILER("JIT compiler"),
        GARBAGE_COLLECTOR("garbage collector"),
        BENCH_DRIVER("benchmark driver"),
        BROKER_AND_OTHERS("broker and others");

        private final String label;

        Spender(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The processor's threads carry its application id, which the benchmark starts with "bench-". */
        static Spender of(String threadName) {
            if (threadName.startsWith("C1 CompilerThre") || threadName.startsWith("C2 CompilerThre")
                    || threadName.startsWith("Sweeper thread")) {
                return JIT_COMPILER;
            }
            if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ")) {
                return GARBAGE_COLLECTOR;
            }
            if (threadName.startsWith("kafka-producer-")) {
                return PRODUCER_IO;
            }
            if (threadName.equals("java") || threadName.startsWith("bench-output") || threadName.startsWith("bench-memory")) {
                return BENCH_DRIVER;
            }
            if (threadName.startsWith("bench-") || threadName.startsWith("rocksdb:")) {
                return STREAM_THREADS;
            }
            return BROKER_AND_OTHERS;
        }
    }

    /** CPU nanoseconds per spender at one moment, summed over the threads alive then. */
    public record Snapshot(Map<Spender, Long> nanos) {

        public Snapshot {
            nanos = Map.copyOf(nanos);
        }

        /**
         * What each spender used since {@code earlier}. A thread that ended in between takes its time with it,
         * so a spender's share can only be under-counted, never invented; a negative difference is read as 0.
         */
        public Map<Spender, Long> since(Snapshot earlier) {
            Map<Spender, Long> spent = new EnumMap<>(Spender.class);
            for (Spender spender : Spender.values()) {
                long now = nanos.getOrDefault(spender, 0L);
                spent.put(spender, Math.max(0, now - earlier.nanos().getOrDefault(spender, 0L)));
            }
            return spent;
        }
    }

    private ThreadCpu() {
    }

    public static Snapshot snapshot() {
        Map<Spender, Long> nanos = new EnumMap<>(Spender.class);
        if (!Files.isDirectory(TASKS)) {
            return new Snapshot(nanos);
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                addTask(task, nanos);
            }
        } catch (IOException e) {
            return new Snapshot(Map.of());
        }
        return new Snapshot(nanos);
    }

    private static void addTask(Path task, Map<Spender, Long> nanos) {
        try {
            String name = Files.readString(task.resolve("comm")).strip();
            long ticks = cpuTicks(Files.readString(task.resolve("stat")));
            nanos.merge(Spender.of(name), ticks * NANOS_PER_TICK, Long::sum);
        } catch (IOException | RuntimeException e) {
            // The thread ended while being read: its time is gone with it, as Snapshot.since says.
        }
    }

    /**
     * utime + stime from a /proc/[pid]/task/[tid]/stat line. The name field may hold spaces and parentheses,
     * so the fields are counted from the last ')': utime and stime are the 12th and 13th after it.
     */
    static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
