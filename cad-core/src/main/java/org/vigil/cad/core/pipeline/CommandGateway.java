package org.vigil.cad.core.pipeline;

import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.engine.DispatchEngine;
import org.vigil.cad.core.gateway.MicrosClock;
import org.vigil.cad.core.gateway.Operator;

/**
 * The one way into the engine: stamps each command once with the injected clock and the operator,
 * and puts it on the ring. A full ring pushes back on the caller (telephony then stops reading its
 * socket); a failed pipeline refuses at once.
 */
public final class CommandGateway {
    private static final long BACKOFF_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

    private final RingBuffer<CommandSlot> ring;
    private final MicrosClock clock;
    private final PipelineHealth health;

    CommandGateway(RingBuffer<CommandSlot> ring, MicrosClock clock, PipelineHealth health) {
        this.ring = ring;
        this.clock = clock;
        this.health = health;
    }

    /** Submits a command; the future completes once its events are journaled, with a rejection if refused. */
    public CompletableFuture<CommandResult> submit(Command command, Operator operator) {
        CompletableFuture<CommandResult> ack = new CompletableFuture<>();
        if (health.isFailed()) {
            ack.completeExceptionally(new PipelineFailedException(health.failureReason()));
            return ack;
        }
        publish(command, operator, ack);
        return ack;
    }

    /** Submits without an acknowledgement, e.g. ticks and AVL feeds; throws if the pipeline has failed. */
    public void send(Command command, Operator operator) {
        if (health.isFailed()) {
            throw new PipelineFailedException(health.failureReason());
        }
        publish(command, operator, null);
    }

    CompletableFuture<Long> requestSnapshot() {
        SnapshotRequest request = new SnapshotRequest();
        long sequence = claim();
        try {
            ring.get(sequence).fillSnapshot(request);
        } finally {
            ring.publish(sequence);
        }
        return request.done();
    }

    <T> CompletableFuture<T> query(java.util.function.Function<DispatchEngine, T> question) {
        EngineQuery<T> request = new EngineQuery<>(question);
        long sequence = claim();
        try {
            ring.get(sequence).fillQuery(request);
        } finally {
            ring.publish(sequence);
        }
        return request.answer();
    }

    private void publish(Command command, Operator operator, CompletableFuture<CommandResult> ack) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(operator, "operator");
        long sequence = claim();
        try {
            ring.get(sequence).fill(command, clock.nowMicros(), operator, ack);
        } finally {
            ring.publish(sequence);
        }
    }

    /** Waits for a free slot, but gives up as soon as the pipeline fails, so no producer waits forever. */
    private long claim() {
        while (true) {
            try {
                return ring.tryNext();
            } catch (InsufficientCapacityException full) {
                if (health.isFailed()) {
                    throw new PipelineFailedException(health.failureReason());
                }
                LockSupport.parkNanos(BACKOFF_NANOS);
            }
        }
    }
}
