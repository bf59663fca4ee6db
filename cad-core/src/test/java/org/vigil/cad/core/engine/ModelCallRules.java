package org.vigil.cad.core.engine;

import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.engine.ReferenceDispatchModel.ModelCall;
import org.vigil.cad.core.engine.ReferenceDispatchModel.Outcome;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/**
 * The reference model's call rules, as a call-taker states them: a call rings, is answered or abandoned,
 * and an answered call is released or transferred; an offer is never refused, whatever it carries.
 */
final class ModelCallRules {
    private final ReferenceDispatchModel model;

    ModelCallRules(ReferenceDispatchModel model) {
        this.model = model;
    }

    Outcome decide(Command command) {
        if (command instanceof Command.OfferCall c) {
            return offer(c);
        }
        long callId = callIdOf(command);
        ModelCall call = model.call(callId);
        String subject = "call:" + callId;
        if (call == null) {
            return model.refuse(RejectReason.UNKNOWN_CALL, subject);
        }
        if (command instanceof Command.AnswerCall || command instanceof Command.AbandonCall) {
            if (call.state != CallState.RINGING) {
                return model.refuse(RejectReason.CALL_NOT_RINGING, subject);
            }
            boolean answered = command instanceof Command.AnswerCall;
            call.state = answered ? CallState.ANSWERED : CallState.ABANDONED;
            if (answered) {
                call.position = ReferenceDispatchModel.orEmpty(model.position());
            }
            model.emit(answered ? new Event.CallAnswered(callId, call.position) : new Event.CallAbandoned(callId));
            return model.accept();
        }
        if (command instanceof Command.UpdateCallLocation c) {
            return rebid(call, c.location());
        }
        if (command instanceof Command.HangUp || command instanceof Command.AddCallText) {
            return phoneSide(call, command);
        }
        if (call.state != CallState.ANSWERED) {
            return model.refuse(RejectReason.CALL_NOT_ANSWERED, subject);
        }
        if (command instanceof Command.TransferCall c) {
            if (ReferenceDispatchModel.blank(c.agency())) {
                return model.refuse(RejectReason.INVALID_INPUT, subject);
            }
            call.state = CallState.TRANSFERRED;
            call.transferredTo = c.agency();
            model.emit(new Event.CallTransferred(callId, c.agency()));
            return model.accept();
        }
        call.state = CallState.RELEASED;
        model.emit(new Event.CallReleased(callId));
        return model.accept();
    }

    private Outcome offer(Command.OfferCall c) {
        String key = ReferenceDispatchModel.orEmpty(c.rebidKey());
        for (int id = 1; !key.isEmpty() && id <= model.callCount(); id++) {
            ModelCall earlier = model.call(id);
            if (earlier.live() && earlier.rebidKey.equals(key)) {
                earlier.locations++;
                model.emit(new Event.CallLocationUpdated(earlier.id, c.location() == null ? Location.UNKNOWN
                        : c.location(), ReferenceDispatchModel.orEmpty(c.rawInput())));
                return model.accept();
            }
        }
        ModelCall call = model.offerCall();
        call.rebidKey = key;
        model.emit(new Event.CallOffered(call.id, c.source() == null ? CallSource.EMERGENCY_911 : c.source(),
                ReferenceDispatchModel.orEmpty(c.ani()), ReferenceDispatchModel.orEmpty(c.rebidKey()),
                ReferenceDispatchModel.orEmpty(c.classOfService()), ReferenceDispatchModel.orEmpty(c.callerName()),
                c.location() == null ? Location.UNKNOWN : c.location(), c.details(),
                ReferenceDispatchModel.orEmpty(c.rawInput())));
        return model.accept();
    }

    private Outcome rebid(ModelCall call, Location location) {
        if (call.state != CallState.RINGING && call.state != CallState.ANSWERED) {
            return model.refuse(RejectReason.CALL_ENDED, "call:" + call.id);
        }
        if (!ReferenceDispatchModel.isKnown(location)) {
            return model.refuse(RejectReason.INVALID_INPUT, "call:" + call.id);
        }
        call.locations++;
        model.emit(new Event.CallLocationUpdated(call.id, location, ""));
        return model.accept();
    }

    /** What the phone side does to a live call: the caller hangs up, or a text message goes either way. */
    private Outcome phoneSide(ModelCall call, Command command) {
        if (!call.live()) {
            return model.refuse(RejectReason.CALL_ENDED, "call:" + call.id);
        }
        if (command instanceof Command.AddCallText c) {
            if (ReferenceDispatchModel.blank(c.text())) {
                return model.refuse(RejectReason.INVALID_INPUT, "call:" + call.id);
            }
            model.emit(new Event.CallTextAdded(call.id, c.fromCaller() ? "caller" : model.operator(), c.text()));
            return model.accept();
        }
        boolean ringing = call.state == CallState.RINGING;
        call.state = ringing ? CallState.ABANDONED : CallState.RELEASED;
        model.emit(ringing ? new Event.CallAbandoned(call.id) : new Event.CallReleased(call.id));
        return model.accept();
    }

    /** Every call command but the offer names the call it acts on. */
    static boolean isActionOnACall(Command command) {
        return command instanceof Command.AnswerCall || command instanceof Command.AbandonCall
                || command instanceof Command.ReleaseCall || command instanceof Command.TransferCall
                || command instanceof Command.UpdateCallLocation || command instanceof Command.HangUp
                || command instanceof Command.AddCallText;
    }

    static long callIdOf(Command command) {
        if (command instanceof Command.AnswerCall c) {
            return c.callId();
        } else if (command instanceof Command.AbandonCall c) {
            return c.callId();
        } else if (command instanceof Command.ReleaseCall c) {
            return c.callId();
        } else if (command instanceof Command.TransferCall c) {
            return c.callId();
        } else if (command instanceof Command.UpdateCallLocation c) {
            return c.callId();
        } else if (command instanceof Command.HangUp c) {
            return c.callId();
        } else if (command instanceof Command.AddCallText c) {
            return c.callId();
        }
        throw new IllegalArgumentException("the model has no rule for " + command);
    }
}
