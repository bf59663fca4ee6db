package org.vigil.cad.core.engine;

import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** The command being decided, its stamp, and the one way out for its events: apply, then hand on. */
final class DecisionContext {
    private final EventApplier applier;
    private Command command;
    private long atMicros;
    private String operator;
    private String position;
    private EventSink sink;

    DecisionContext(EventApplier applier) {
        this.applier = applier;
    }

    void begin(Command current, long stampMicros, String stampOperator, String stampPosition, EventSink out) {
        this.command = current;
        this.atMicros = stampMicros;
        this.operator = stampOperator;
        this.position = stampPosition;
        this.sink = out;
    }

    void end() {
        command = null;
        sink = null;
        operator = null;
        position = null;
    }

    long atMicros() {
        return atMicros;
    }

    String operator() {
        return operator;
    }

    String position() {
        return position;
    }

    void emit(Event event) {
        applier.apply(event, atMicros);
        sink.accept(event);
    }

    /** Refuses the current command; always returns false so a check can read {@code return reject(...)}. */
    boolean reject(RejectReason reason, String detail, String subject) {
        emit(new Event.CommandRejected(command.name(), reason, detail, subject == null ? "" : subject));
        return false;
    }
}
