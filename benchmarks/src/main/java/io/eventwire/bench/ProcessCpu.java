package io.eventwire.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time of this whole process. On a shared machine wall-clock rates follow the neighbours' load; CPU
 * time per article follows the work, so ratios of CPU costs hold where ratios of rates drift.
 */
public final class ProcessCpu {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ProcessCpu() {
    }

    public static long nanos() {
        return OS.getProcessCpuTime();
    }
}
