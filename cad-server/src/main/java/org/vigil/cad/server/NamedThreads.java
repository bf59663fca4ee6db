package org.vigil.cad.server;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names the server's threads ({@code vigil-<role>-N}) so a thread dump says what each one is. */
final class NamedThreads implements ThreadFactory {
    private final String prefix;
    private final boolean daemon;
    private final AtomicInteger count = new AtomicInteger();

    NamedThreads(String role, boolean daemon) {
        this.prefix = "vigil-" + role + "-";
        this.daemon = daemon;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, prefix + count.incrementAndGet());
        thread.setDaemon(daemon);
        return thread;
    }
}
