package org.vigil.cad.core.engine;

import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** The rules for calls. An offered call is never refused: a 9-1-1 call is shown even when its data is garbage. */
final class CallDecisions {
    private final EngineState state;
    private final DecisionContext context;

    CallDecisions(EngineState state, DecisionContext context) {
        this.state = state;
        this.context = context;
    }

    void offer(Command.OfferCall c) {
        Location location = c.location() == null ? Location.UNKNOWN : c.location();
        Call live = state.liveCallByRebidKey(c.rebidKey());
        if (live != null) {
            // The same caller's record again while the call is up: a rebid, kept as a new location version.
            context.emit(new Event.CallLocationUpdated(live.id(), location, Checks.orEmpty(c.rawInput())));
            return;
        }
        CallSource source = c.source() == null ? CallSource.EMERGENCY_911 : c.source();
        context.emit(new Event.CallOffered(state.nextCallId(), source, Checks.orEmpty(c.ani()),
                Checks.orEmpty(c.rebidKey()), Checks.orEmpty(c.classOfService()), Checks.orEmpty(c.callerName()),
                location, c.details(), Checks.orEmpty(c.rawInput())));
    }

    void updateLocation(Command.UpdateCallLocation c) {
        Call call = liveCall(c.callId());
        if (call == null) {
            return;
        }
        if (c.location() == null || !c.location().isKnown()) {
            context.reject(RejectReason.INVALID_INPUT, "no location given", Event.callSubject(call.id()));
        } else {
            context.emit(new Event.CallLocationUpdated(call.id(), c.location(), ""));
        }
    }

    void hangUp(Command.HangUp c) {
        Call call = liveCall(c.callId());
        if (call == null) {
            return;
        }
        context.emit(call.state() == CallState.RINGING
                ? new Event.CallAbandoned(call.id())
                : new Event.CallReleased(call.id()));
    }

    void addText(Command.AddCallText c) {
        Call call = liveCall(c.callId());
        if (call == null) {
            return;
        }
        if (Checks.isBlank(c.text())) {
            context.reject(RejectReason.INVALID_INPUT, "the message is empty", Event.callSubject(call.id()));
        } else {
            String sender = c.fromCaller() ? Event.CallTextAdded.CALLER : context.operator();
            context.emit(new Event.CallTextAdded(call.id(), sender, c.text()));
        }
    }

    void answer(Command.AnswerCall c) {
        Call call = existing(c.callId());
        if (call == null) {
            return;
        }
        if (call.state() != CallState.RINGING) {
            context.reject(RejectReason.CALL_NOT_RINGING, "call " + call.id() + " is " + call.state(),
                    Event.callSubject(call.id()));
        } else {
            context.emit(new Event.CallAnswered(call.id(), Checks.orEmpty(context.position())));
        }
    }

    void abandon(Command.AbandonCall c) {
        Call call = existing(c.callId());
        if (call == null) {
            return;
        }
        if (call.state() != CallState.RINGING) {
            context.reject(RejectReason.CALL_NOT_RINGING, "call " + call.id() + " is " + call.state(),
                    Event.callSubject(call.id()));
        } else {
            context.emit(new Event.CallAbandoned(call.id()));
        }
    }

    void release(Command.ReleaseCall c) {
        Call call = answered(c.callId());
        if (call != null) {
            context.emit(new Event.CallReleased(call.id()));
        }
    }

    void transfer(Command.TransferCall c) {
        Call call = answered(c.callId());
        if (call == null) {
            return;
        }
        if (Checks.isBlank(c.agency())) {
            context.reject(RejectReason.INVALID_INPUT, "a transfer needs an agency", Event.callSubject(call.id()));
        } else {
            context.emit(new Event.CallTransferred(call.id(), c.agency()));
        }
    }

    private Call existing(long callId) {
        Call call = state.call(callId);
        if (call == null) {
            context.reject(RejectReason.UNKNOWN_CALL, "no call " + callId, Event.callSubject(callId));
        }
        return call;
    }

    private Call liveCall(long callId) {
        Call call = existing(callId);
        if (call != null && !call.isLive()) {
            context.reject(RejectReason.CALL_ENDED, "call " + callId + " is " + call.state(), Event.callSubject(callId));
            return null;
        }
        return call;
    }

    private Call answered(long callId) {
        Call call = existing(callId);
        if (call != null && call.state() != CallState.ANSWERED) {
            context.reject(RejectReason.CALL_NOT_ANSWERED, "call " + callId + " is " + call.state(),
                    Event.callSubject(callId));
            return null;
        }
        return call;
    }
}
