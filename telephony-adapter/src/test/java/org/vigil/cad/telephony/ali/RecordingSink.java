package org.vigil.cad.telephony.ali;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.vigil.cad.telephony.CallSink;
import org.vigil.cad.telephony.InboundCall;

/**
 * A call sink that records every call offered. It journals at once, or holds each future until the test
 * releases it, and fails the calls a predicate picks: the three ways a real pipeline can answer.
 */
final class RecordingSink implements CallSink {
    private final List<InboundCall> offered = new ArrayList<>();
    private final List<CompletableFuture<Long>> held = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private Predicate<InboundCall> failing = call -> false;
    private boolean holding;
    private int mostHeld;

    static RecordingSink journalingAtOnce() {
        return new RecordingSink();
    }

    static RecordingSink holdingFutures() {
        RecordingSink sink = new RecordingSink();
        sink.holding = true;
        return sink;
    }

    synchronized RecordingSink failing(Predicate<InboundCall> which) {
        this.failing = which;
        return this;
    }

    @Override
    public CompletableFuture<Long> offer(InboundCall call) {
        CompletableFuture<Long> journaled = new CompletableFuture<>();
        boolean completeNow;
        synchronized (this) {
            offered.add(call);
            if (failing.test(call)) {
                return CompletableFuture.failedFuture(new IllegalStateException("journal refused the call"));
            }
            completeNow = !holding;
            if (holding) {
                held.add(journaled);
                mostHeld = Math.max(mostHeld, held.size());
            }
        }
        if (completeNow) {
            journaled.complete(ids.incrementAndGet());
        }
        return journaled;
    }

    @Override
    public CompletableFuture<Void> hungUp(long callId) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("not an ALI event"));
    }

    @Override
    public CompletableFuture<Void> textFromCaller(long callId, String text) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("not an ALI event"));
    }

    synchronized List<InboundCall> offered() {
        return List.copyOf(offered);
    }

    synchronized int offeredCount() {
        return offered.size();
    }

    synchronized int heldCount() {
        return held.size();
    }

    /** The most futures held at once: the outstanding offers the listener allowed. */
    synchronized int mostHeld() {
        return mostHeld;
    }

    /** Journals the held calls, the newest first, and every later call at once. */
    void releaseNewestFirst() {
        List<CompletableFuture<Long>> toComplete;
        synchronized (this) {
            holding = false;
            toComplete = new ArrayList<>(held);
            held.clear();
        }
        for (int i = toComplete.size() - 1; i >= 0; i--) {
            toComplete.get(i).complete(ids.incrementAndGet());
        }
    }

    /** Journals the oldest held call only. */
    void releaseOldest() {
        CompletableFuture<Long> oldest;
        synchronized (this) {
            oldest = held.remove(0);
        }
        oldest.complete(ids.incrementAndGet());
    }
}
