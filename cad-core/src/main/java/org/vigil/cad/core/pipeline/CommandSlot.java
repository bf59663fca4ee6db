package org.vigil.cad.core.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.engine.EventSink;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.gateway.Operator;

/**
 * One pre-allocated ring slot: a stamped command on its way in, its events and their journal
 * indexes on the way out. The last stage calls {@link #reset()} so no reference outlives its turn.
 */
final class CommandSlot implements EventSink {
    private final List<Event> events = new ArrayList<>(8);
    private long[] indexes = new long[8];
    private Command command;
    private long atMicros;
    private Operator operator;
    private CompletableFuture<CommandResult> ack;
    private SnapshotRequest snapshot;
    private EngineQuery<?> query;
    private Throwable failure;

    void fill(Command newCommand, long stampMicros, Operator newOperator, CompletableFuture<CommandResult> newAck) {
        this.command = newCommand;
        this.atMicros = stampMicros;
        this.operator = newOperator;
        this.ack = newAck;
    }

    void fillSnapshot(SnapshotRequest request) {
        this.snapshot = request;
    }

    void fillQuery(EngineQuery<?> request) {
        this.query = request;
    }

    void reset() {
        events.clear();
        query = null;
        command = null;
        operator = null;
        ack = null;
        snapshot = null;
        failure = null;
    }

    @Override
    public void accept(Event event) {
        events.add(event);
    }

    Command command() {
        return command;
    }

    long atMicros() {
        return atMicros;
    }

    /** The engine keeps journal time monotonic when concurrent producers stamp out of ring order. */
    void restamp(long monotonicMicros) {
        this.atMicros = monotonicMicros;
    }

    Operator operator() {
        return operator;
    }

    List<Event> events() {
        return events;
    }

    void journaled(int eventPosition, long index) {
        if (eventPosition == indexes.length) {
            indexes = Arrays.copyOf(indexes, indexes.length * 2);
        }
        indexes[eventPosition] = index;
    }

    long indexOf(int eventPosition) {
        return indexes[eventPosition];
    }

    CompletableFuture<CommandResult> ack() {
        return ack;
    }

    SnapshotRequest snapshot() {
        return snapshot;
    }

    EngineQuery<?> query() {
        return query;
    }

    Throwable failure() {
        return failure;
    }

    void fail(Throwable cause) {
        this.failure = cause;
    }
}
