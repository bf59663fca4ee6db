package org.vigil.cad.telephony.sip;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A transport that keeps what is sent, with a fake clock that runs scheduled tasks as the test advances it. */
final class FakeTransport implements SipTransport {
    private record Scheduled(Runnable task, long dueAtMillis) {
    }

    private final boolean reliable;
    private final List<String> sent = new ArrayList<>();
    private final List<Scheduled> scheduled = new ArrayList<>();
    private long nowMillis;

    FakeTransport(boolean reliable) {
        this.reliable = reliable;
    }

    static FakeTransport udp() {
        return new FakeTransport(false);
    }

    @Override
    public String protocol() {
        return reliable ? "TCP" : "UDP";
    }

    @Override
    public boolean reliable() {
        return reliable;
    }

    @Override
    public InetSocketAddress remote() {
        return new InetSocketAddress("127.0.0.1", 5061);
    }

    @Override
    public String localHost() {
        return "127.0.0.1";
    }

    @Override
    public int localPort() {
        return 5060;
    }

    @Override
    public synchronized void send(byte[] message) {
        sent.add(new String(message, StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void schedule(Runnable task, long delayMillis) {
        scheduled.add(new Scheduled(task, nowMillis + delayMillis));
    }

    synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    /** Status codes of everything sent, in order. */
    synchronized List<Integer> statuses() {
        return sent.stream().map(s -> Integer.parseInt(s.substring(8, 11))).toList();
    }

    synchronized String last() {
        return sent.get(sent.size() - 1);
    }

    /** Moves the fake clock on, running every task that falls due on the way, in time order. */
    void advanceMillis(long millis) {
        long target;
        synchronized (this) {
            target = nowMillis + millis;
        }
        while (true) {
            Scheduled next;
            synchronized (this) {
                next = scheduled.stream().filter(s -> s.dueAtMillis() <= target)
                        .min(java.util.Comparator.comparingLong(Scheduled::dueAtMillis)).orElse(null);
                if (next == null) {
                    nowMillis = target;
                    return;
                }
                scheduled.remove(next);
                nowMillis = next.dueAtMillis();
            }
            next.task().run();
        }
    }

    synchronized int pendingTasks() {
        return scheduled.size();
    }
}
