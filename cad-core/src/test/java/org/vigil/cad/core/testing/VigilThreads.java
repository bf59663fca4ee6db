package org.vigil.cad.core.testing;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names every thread a test starts for Vigil, so {@link NoLeakedThreadsExtension} can find the ones left behind. */
public final class VigilThreads implements ThreadFactory {
    public static final String PREFIX = "vigil-test-";

    private final String name;
    private final AtomicInteger count = new AtomicInteger();

    public VigilThreads(String name) {
        this.name = name;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, PREFIX + name + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
