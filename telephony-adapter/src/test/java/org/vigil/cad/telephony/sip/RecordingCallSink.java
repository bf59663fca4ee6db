package org.vigil.cad.telephony.sip;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.vigil.cad.telephony.CallSink;
import org.vigil.cad.telephony.InboundCall;

/**
 * A CallSink that records everything. By default each offer is "journaled" at once with a new call id;
 * {@link #holdOffers()} keeps the futures pending until the test completes them, as a slow journal would.
 */
final class RecordingCallSink implements CallSink {
    record Text(long callId, String text) {
    }

    private final AtomicLong nextId = new AtomicLong(100);
    private final List<InboundCall> offers = new ArrayList<>();
    private final List<CompletableFuture<Long>> pending = new ArrayList<>();
    private final List<Long> hungUp = new ArrayList<>();
    private final List<Text> texts = new ArrayList<>();
    private boolean hold;
    private RuntimeException failure;

    synchronized RecordingCallSink holdOffers() {
        hold = true;
        return this;
    }

    synchronized RecordingCallSink failOffers(RuntimeException cause) {
        failure = cause;
        return this;
    }

    /** Completes the held offers as journaled, in order. */
    void releaseOffers() {
        List<CompletableFuture<Long>> toComplete;
        synchronized (this) {
            toComplete = new ArrayList<>(pending);
            pending.clear();
            hold = false;
        }
        toComplete.forEach(f -> f.complete(nextId.getAndIncrement()));
    }

    @Override
    public CompletableFuture<Long> offer(InboundCall call) {
        CompletableFuture<Long> future = new CompletableFuture<>();
        synchronized (this) {
            offers.add(call);
            if (failure != null) {
                future.completeExceptionally(failure);
                return future;
            }
            if (hold) {
                pending.add(future);
                return future;
            }
        }
        future.complete(nextId.getAndIncrement());
        return future;
    }

    @Override
    public synchronized CompletableFuture<Void> hungUp(long callId) {
        hungUp.add(callId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletableFuture<Void> textFromCaller(long callId, String text) {
        texts.add(new Text(callId, text));
        return CompletableFuture.completedFuture(null);
    }

    synchronized List<InboundCall> offers() {
        return List.copyOf(offers);
    }

    synchronized List<Long> hungUp() {
        return List.copyOf(hungUp);
    }

    synchronized List<Text> texts() {
        return List.copyOf(texts);
    }

    /** The id the n-th offer (0-based) got, when offers complete at once and in order. */
    long idOfOffer(int n) {
        return 100 + n;
    }
}
