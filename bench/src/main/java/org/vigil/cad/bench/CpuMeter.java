package org.vigil.cad.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;

/**
 * Where the CPU went while a benchmark's machinery ran, in cores (CPU seconds per wall-clock second):
 * the whole machine (from {@code /proc/stat}, where there is one: anything else running shows here),
 * this process, and each thread this meter's factory made. For the log beside the JMH figures.
 */
final class CpuMeter {
    private static final Path PROC_STAT = Path.of("/proc/stat");
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final long startNanos = System.nanoTime();
    private final long startProcessCpuNanos = processCpuNanos();
    private final long[] startMachine = machineJiffies();

    /** A factory of daemon threads with these names, in the order they are asked for, each one metered. */
    ThreadFactory threadFactory(String... names) {
        return task -> {
            int n = threads.size();
            Thread thread = new Thread(task, n < names.length ? names[n] : "thread-" + (n + 1));
            thread.setDaemon(true);
            threads.add(thread);
            return thread;
        };
    }

    /** Read while the metered threads are still alive. */
    String coresUsed() {
        double wallNanos = System.nanoTime() - startNanos;
        StringBuilder use = new StringBuilder("cores used:");
        long[] machine = machineJiffies();
        if (machine.length == 2 && startMachine.length == 2 && machine[1] > startMachine[1]) {
            double busyShare = (double) (machine[0] - startMachine[0]) / (machine[1] - startMachine[1]);
            use.append(String.format(" machine %.2f of %d,", busyShare * CORES, CORES));
        }
        use.append(String.format(" process %.2f", (processCpuNanos() - startProcessCpuNanos) / wallNanos));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Thread thread : threads) {
            use.append(String.format(", %s %.2f", thread.getName(), mx.getThreadCpuTime(thread.getId()) / wallNanos));
        }
        return use.toString();
    }

    /** Busy and total jiffies of all CPUs since boot, or nothing where {@code /proc/stat} cannot be read. */
    private static long[] machineJiffies() {
        try {
            String[] fields = Files.readAllLines(PROC_STAT).get(0).trim().split("\\s+");
            long total = 0;
            // user nice system idle iowait irq softirq steal; guest time is already counted in user.
            for (int i = 1; i <= 8 && i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
