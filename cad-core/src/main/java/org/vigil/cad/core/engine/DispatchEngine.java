package org.vigil.cad.core.engine;

import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.event.Event;

/**
 * The deterministic heart of Vigil: one thread, no clock, no I/O, no randomness. {@link #decide} turns
 * a stamped command into events (applying each as it goes); {@link #apply} replays a journaled event.
 * The same journal therefore always rebuilds the same state.
 */
public final class DispatchEngine {
    private final EngineState state;
    private final EventApplier applier;
    private final Decisions decisions;

    public DispatchEngine(EngineConfig config) {
        this(config, new EngineState());
    }

    /** An engine over restored state, e.g. from a snapshot. */
    public DispatchEngine(EngineConfig config, EngineState state) {
        this.state = state;
        this.applier = new EventApplier(state);
        this.decisions = new Decisions(state, applier, config);
    }

    /**
     * Decides one command. Every event goes to {@code sink} after it has been applied; a refusal is a
     * {@link Event.CommandRejected} event, never an exception.
     *
     * @param atMicros the gateway's stamp, UTC epoch microseconds
     */
    public void decide(Command command, long atMicros, String operator, String position, EventSink sink) {
        decisions.decide(command, atMicros, operator, position, sink);
    }

    /** Re-applies a journaled event during recovery. */
    public void apply(Event event, long atMicros) {
        applier.apply(event, atMicros);
    }

    public EngineState state() {
        return state;
    }

    public long stateHash() {
        return StateHash.of(state);
    }
}
