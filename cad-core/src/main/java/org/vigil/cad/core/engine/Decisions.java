package org.vigil.cad.core.engine;

import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.event.RejectReason;

/** Routes each command to the rules for its subject, and turns an unexpected failure into a rejection. */
final class Decisions {
    private final DecisionContext context;
    private final UnitDecisions units;
    private final IncidentDecisions incidents;
    private final CallDecisions calls;

    Decisions(EngineState state, EventApplier applier, EngineConfig config) {
        this.context = new DecisionContext(applier);
        this.units = new UnitDecisions(state, context, config);
        this.incidents = new IncidentDecisions(state, context, config);
        this.calls = new CallDecisions(state, context);
    }

    void decide(Command command, long atMicros, String operator, String position, EventSink sink) {
        context.begin(command, atMicros, operator, position, sink);
        try {
            route(command);
        } catch (RuntimeException e) {
            // Events applied before the failure stay in the sink: they changed the state, so they must
            // reach the journal, or a replay would not rebuild this state.
            context.reject(RejectReason.INTERNAL_ERROR, e.getClass().getSimpleName() + ": " + e.getMessage(), "");
            throw new EngineFailure(command, e);
        } finally {
            context.end();
        }
    }

    private void route(Command command) {
        if (command instanceof Command.ChangeUnitStatus c) {
            units.changeStatus(c);
        } else if (command instanceof Command.UpdateUnitPosition c) {
            units.updatePosition(c);
        } else if (command instanceof Command.AssignUnit c) {
            incidents.assign(c);
        } else if (command instanceof Command.AddNarrative c) {
            incidents.addNarrative(c);
        } else if (command instanceof Command.CreateIncident c) {
            incidents.create(c);
        } else if (command instanceof Command.CloseIncident c) {
            incidents.close(c);
        } else if (command instanceof Command.ReopenIncident c) {
            incidents.reopen(c);
        } else if (command instanceof Command.OfferCall c) {
            calls.offer(c);
        } else if (command instanceof Command.UpdateCallLocation c) {
            calls.updateLocation(c);
        } else if (command instanceof Command.HangUp c) {
            calls.hangUp(c);
        } else if (command instanceof Command.AddCallText c) {
            calls.addText(c);
        } else if (command instanceof Command.AnswerCall c) {
            calls.answer(c);
        } else if (command instanceof Command.AbandonCall c) {
            calls.abandon(c);
        } else if (command instanceof Command.ReleaseCall c) {
            calls.release(c);
        } else if (command instanceof Command.TransferCall c) {
            calls.transfer(c);
        } else if (command instanceof Command.RegisterUnit c) {
            units.register(c);
        } else if (command instanceof Command.Tick) {
            units.expireTimers();
        } else {
            context.reject(RejectReason.INVALID_INPUT, "unknown command " + command.name(), "");
        }
    }
}
