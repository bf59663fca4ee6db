package org.vigil.cad.core.pipeline;

import com.lmax.disruptor.EventHandler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.core.engine.DispatchEngine;
import org.vigil.cad.core.engine.EngineFailure;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** Stage 1: the engine decides and applies. Nothing it does can stop the ring. */
final class EngineStage implements EventHandler<CommandSlot> {
    private static final Logger LOG = LoggerFactory.getLogger(EngineStage.class);

    private final DispatchEngine engine;
    private final StateSnapshotter snapshotter;
    private final Counter failures;
    private long lastMicros = Long.MIN_VALUE;

    EngineStage(DispatchEngine engine, StateSnapshotter snapshotter, MeterRegistry metrics) {
        this.engine = engine;
        this.snapshotter = snapshotter;
        this.failures = Counter.builder("vigil.engine.failures")
                .description("commands the engine failed on unexpectedly; each was journaled as a rejection")
                .register(metrics);
    }

    @Override
    public void onEvent(CommandSlot slot, long sequence, boolean endOfBatch) {
        if (slot.snapshot() != null) {
            capture(slot.snapshot());
            return;
        }
        if (slot.query() != null) {
            slot.query().run(engine);
            return;
        }
        lastMicros = Math.max(lastMicros, slot.atMicros());
        slot.restamp(lastMicros);
        try {
            engine.decide(slot.command(), lastMicros, slot.operator().user(), slot.operator().position(), slot);
        } catch (Throwable e) {
            failures.increment();
            LOG.error("engine failed on {}; journaled as a rejection", slot.command().name(), e);
            if (!(e instanceof EngineFailure)) {
                // Errors bypass the engine's own catch. Apply the refusal as well as journaling it, or
                // a replay (which applies every journaled event) would count one rejection more.
                Event rejected = new Event.CommandRejected(slot.command().name(), RejectReason.INTERNAL_ERROR,
                        e.getClass().getSimpleName(), "");
                engine.apply(rejected, lastMicros);
                slot.accept(rejected);
            }
        }
    }

    private void capture(SnapshotRequest request) {
        try {
            request.captured(snapshotter.capture(engine.state()));
        } catch (RuntimeException e) {
            LOG.error("snapshot capture failed", e);
            request.done().completeExceptionally(e);
        }
    }
}
