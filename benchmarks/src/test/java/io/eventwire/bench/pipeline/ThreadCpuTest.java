package io.eventwire.bench.pipeline;

import io.eventwire.bench.pipeline.ThreadCpu.Spender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThreadCpuTest {

    @Test
    void utimeAndStimeAreCountedFromTheLastParenthesisSinceANameMayHoldOne() {
        String stat = "4242 (odd) name) S 1 4242 4242 0 -1 4194560 900 0 0 0 123 45 0 0 20 0 30 0 100 1 2 3";
        assertEquals(168, ThreadCpu.cpuTicks(stat));
    }

    @Test
    void threadsAreToldApartByTheirKernelNames() {
        assertEquals(Spender.JIT_COMPILER, Spender.of("C2 CompilerThre"));
        assertEquals(Spender.JIT_COMPILER, Spender.of("C1 CompilerThre"));
        assertEquals(Spender.GARBAGE_COLLECTOR, Spender.of("GC Thread#1"));
        assertEquals(Spender.GARBAGE_COLLECTOR, Spender.of("G1 Conc#0"));
        assertEquals(Spender.STREAM_THREADS, Spender.of("bench-sat-1a2b3"));
        assertEquals(Spender.STREAM_THREADS, Spender.of("rocksdb:low"));
        assertEquals(Spender.PRODUCER_IO, Spender.of("kafka-producer-"));
        assertEquals(Spender.BENCH_DRIVER, Spender.of("bench-output-wa"));
        assertEquals(Spender.BENCH_DRIVER, Spender.of("java"));
        assertEquals(Spender.BROKER_AND_OTHERS, Spender.of("data-plane-kafk"));
    }

    @Test
    void aDifferenceIsNeverNegativeWhenAThreadEndedInBetween() {
        ThreadCpu.Snapshot earlier = new ThreadCpu.Snapshot(Map.of(Spender.STREAM_THREADS, 50L, Spender.JIT_COMPILER, 10L));
        ThreadCpu.Snapshot later = new ThreadCpu.Snapshot(Map.of(Spender.STREAM_THREADS, 20L, Spender.JIT_COMPILER, 30L));
        Map<Spender, Long> spent = later.since(earlier);
        assertEquals(0L, spent.get(Spender.STREAM_THREADS));
        assertEquals(20L, spent.get(Spender.JIT_COMPILER));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aBusyThreadShowsUpUnderItsSpender() throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ThreadCpu.Snapshot before = ThreadCpu.snapshot();
        AtomicBoolean stop = new AtomicBoolean();
        Thread busy = new Thread(() -> {
            while (!stop.get()) {
                Thread.onSpinWait();
            }
        }, "bench-busy-test");
        busy.start();
        try {
            while (threads.getThreadCpuTime(busy.getId()) < 200_000_000L) {
                Thread.sleep(20);
            }
            // Read while the thread lives: an ended thread takes its time with it.
            long spent = ThreadCpu.snapshot().since(before).get(Spender.STREAM_THREADS);
            assertTrue(spent >= 150_000_000L, "stream-thread CPU seen: " + spent + " ns");
        } finally {
            stop.set(true);
            busy.join();
        }
    }
}
