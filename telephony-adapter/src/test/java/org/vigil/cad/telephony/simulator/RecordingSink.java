package org.vigil.cad.telephony.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.vigil.cad.telephony.CallSink;
import org.vigil.cad.telephony.InboundCall;

/** A call sink that records what it is given; it journals at once, holds every offer, or refuses every offer. */
final class RecordingSink implements CallSink {
    enum Mode { JOURNAL, HOLD, REFUSE }

    private final Mode mode;
    private final List<InboundCall> offers = new ArrayList<>();
    private final List<CompletableFuture<Long>> held = new ArrayList<>();
    private final List<Long> hungUp = new ArrayList<>();

    RecordingSink(Mode mode) {
        this.mode = mode;
    }

    @Override
    public synchronized CompletableFuture<Long> offer(InboundCall call) {
        offers.add(call);
        long id = offers.size();
        return switch (mode) {
            case JOURNAL -> CompletableFuture.completedFuture(id);
            case REFUSE -> CompletableFuture.failedFuture(new IllegalStateException("the journal is refusing"));
            case HOLD -> {
                CompletableFuture<Long> future = new CompletableFuture<>();
                held.add(future);
                yield future;
            }
        };
    }

    @Override
    public synchronized CompletableFuture<Void> hungUp(long callId) {
        hungUp.add(callId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> textFromCaller(long callId, String text) {
        return CompletableFuture.completedFuture(null);
    }

    /** Journals the held offers, in order, as call 1, 2, ... */
    void release() {
        List<CompletableFuture<Long>> toComplete;
        synchronized (this) {
            toComplete = new ArrayList<>(held);
            held.clear();
        }
        for (int i = 0; i < toComplete.size(); i++) {
            toComplete.get(i).complete((long) i + 1);
        }
    }

    synchronized List<InboundCall> offers() {
        return List.copyOf(offers);
    }

    synchronized List<Long> hungUp() {
        return List.copyOf(hungUp);
    }
}
