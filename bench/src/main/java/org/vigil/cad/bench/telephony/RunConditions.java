package org.vigil.cad.bench.telephony;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What else happened while a load ran: cores used by the whole machine (from {@code /proc/stat}) and by this
 * process, and this JVM's garbage collections. On a shared machine the first two say whether someone else ran.
 */
final class RunConditions {
    private static final Path PROC_STAT = Path.of("/proc/stat");

    private final long startNanos;
    private final long[] machineTicks;
    private final long processCpuNanos;
    private final long gcCount;
    private final long gcMillis;

    private RunConditions(long startNanos, long[] machineTicks, long processCpuNanos, long gcCount, long gcMillis) {
        this.startNanos = startNanos;
        this.machineTicks = machineTicks;
        this.processCpuNanos = processCpuNanos;
        this.gcCount = gcCount;
        this.gcMillis = gcMillis;
    }

    static RunConditions now() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new RunConditions(System.nanoTime(), busyMachineTicks(), processCpuNanos(), count, millis);
    }

    /** Since this snapshot: "cores used: machine M of N, this process P; GC: n collections, t ms". */
    String since() {
        RunConditions end = now();
        double seconds = (end.startNanos - startNanos) / 1e9;
        boolean both = end.machineTicks.length == 2 && machineTicks.length == 2;
        long total = both ? end.machineTicks[1] - machineTicks[1] : 0;
        String machine = total <= 0 ? "?" : String.format("%.2f",
                (double) (end.machineTicks[0] - machineTicks[0]) / total * Runtime.getRuntime().availableProcessors());
        return String.format("cores used: machine %s of %d, this process %.2f; GC: %d collections, %d ms", machine,
                Runtime.getRuntime().availableProcessors(), (end.processCpuNanos - processCpuNanos) / 1e9 / seconds,
                end.gcCount - gcCount, end.gcMillis - gcMillis);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** Busy and total ticks of all CPUs since boot (user nice system idle iowait irq softirq steal), or none. */
    private static long[] busyMachineTicks() {
        try {
            String[] f = Files.readAllLines(PROC_STAT, StandardCharsets.US_ASCII).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            return new long[] {total - Long.parseLong(f[4]) - Long.parseLong(f[5]), total};
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }
}
