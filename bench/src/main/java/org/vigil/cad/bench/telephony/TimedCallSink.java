package org.vigil.cad.bench.telephony;

import java.util.concurrent.CompletableFuture;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.vigil.cad.telephony.CallSink;
import org.vigil.cad.telephony.InboundCall;

/**
 * A call sink that times each offer from the call to its journaled future completing, for attributing the
 * load's latency: this is the pipeline's service time (gateway, engine, journal, publish), not a
 * coordinated-omission-correct latency, and it leaves out the framing, parsing and answering around it.
 */
final class TimedCallSink implements CallSink {
    private final CallSink delegate;
    private final Recorder offers = new Recorder(3);

    TimedCallSink(CallSink delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableFuture<Long> offer(InboundCall call) {
        long offered = System.nanoTime();
        return delegate.offer(call).whenComplete((id, error) -> offers.recordValue(System.nanoTime() - offered));
    }

    @Override
    public CompletableFuture<Void> hungUp(long callId) {
        return delegate.hungUp(callId);
    }

    @Override
    public CompletableFuture<Void> textFromCaller(long callId, String text) {
        return delegate.textFromCaller(callId, text);
    }

    /** Offer-to-journaled times, in nanoseconds, since the last call (the first call: since the start). */
    Histogram takeOfferNanos() {
        return offers.getIntervalHistogram();
    }
}
