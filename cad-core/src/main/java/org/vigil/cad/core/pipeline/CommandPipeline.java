package org.vigil.cad.core.pipeline;

import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.TimeoutException;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.vigil.cad.core.engine.DispatchEngine;
import org.vigil.cad.core.gateway.MicrosClock;
import org.vigil.cad.core.journal.Journal;

/**
 * The whole pipeline on one screen. Commands enter through the {@link CommandGateway} into a ring of
 * pre-allocated slots and pass three stages in order:
 * <ol>
 *   <li>engine: decide and apply (one thread, deterministic);</li>
 *   <li>journal: append the events, force them in sync mode;</li>
 *   <li>publish: acknowledge the caller, update read models, fan out.</li>
 * </ol>
 * Nothing outside the engine sees an event before stage 2 has journaled it.
 */
public final class CommandPipeline implements AutoCloseable {
    private final Disruptor<CommandSlot> disruptor;
    private final CommandGateway gateway;
    private final PipelineHealth health = new PipelineHealth();

    public CommandPipeline(DispatchEngine engine, Journal journal, List<PublishListener> listeners,
                           StateSnapshotter snapshotter, MicrosClock clock, PipelineConfig config,
                           ThreadFactory threads, MeterRegistry metrics) {
        disruptor = new Disruptor<>(CommandSlot::new, config.ringSize(), threads, ProducerType.MULTI,
                config.waitStrategy().create());
        disruptor.setDefaultExceptionHandler(new StageExceptionHandler(health));
        disruptor
                .handleEventsWith(new EngineStage(engine, snapshotter, metrics))   // 1. decide + apply
                .then(new JournalStage(journal, health))                           // 2. append (+ force)
                .then(new PublishStage(listeners, snapshotter, metrics));          // 3. ack, views, fan-out
        RingBuffer<CommandSlot> ring = disruptor.start();
        gateway = new CommandGateway(ring, clock, health);
        Gauge.builder("vigil.pipeline.failed", health, h -> h.isFailed() ? 1 : 0)
                .description("1 once the pipeline can no longer journal").register(metrics);
        Gauge.builder("vigil.ring.remaining", ring, RingBuffer::remainingCapacity).register(metrics);
    }

    public CommandGateway gateway() {
        return gateway;
    }

    public PipelineHealth health() {
        return health;
    }

    /** Snapshots the engine state between two commands; completes with the journal index it covers. */
    public CompletableFuture<Long> snapshot() {
        return gateway.requestSnapshot();
    }

    /**
     * Asks the engine a question on its own thread, between two commands, answered once everything
     * before it is journaled: for admin checks such as the state hash, never for console queries.
     */
    public <T> CompletableFuture<T> query(java.util.function.Function<DispatchEngine, T> question) {
        return gateway.query(question);
    }

    /** The engine's state hash once every command before this call has been applied and journaled. */
    public CompletableFuture<Long> stateHash() {
        return query(DispatchEngine::stateHash);
    }

    /** Drains what is on the ring, then stops the stages. */
    @Override
    public void close() {
        try {
            disruptor.shutdown(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            disruptor.halt();
        }
    }
}
