package org.vigil.cad.core.engine;

import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.Incident;
import org.vigil.cad.core.domain.LocationVersion;
import org.vigil.cad.core.domain.NarrativeLine;
import org.vigil.cad.core.domain.TextLine;
import org.vigil.cad.core.domain.Unit;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.Event.CallAbandoned;
import org.vigil.cad.core.event.Event.CallAnswered;
import org.vigil.cad.core.event.Event.CallLocationUpdated;
import org.vigil.cad.core.event.Event.CallOffered;
import org.vigil.cad.core.event.Event.CallReleased;
import org.vigil.cad.core.event.Event.CallTextAdded;
import org.vigil.cad.core.event.Event.CallTransferred;
import org.vigil.cad.core.event.Event.CommandRejected;
import org.vigil.cad.core.event.Event.IncidentClosed;
import org.vigil.cad.core.event.Event.IncidentCreated;
import org.vigil.cad.core.event.Event.IncidentReopened;
import org.vigil.cad.core.event.Event.IncidentStatusChanged;
import org.vigil.cad.core.event.Event.NarrativeAdded;
import org.vigil.cad.core.event.Event.UnitAssigned;
import org.vigil.cad.core.event.Event.UnitPositionUpdated;
import org.vigil.cad.core.event.Event.UnitRegistered;
import org.vigil.cad.core.event.Event.UnitStatusChanged;
import org.vigil.cad.core.event.Event.UnitTimerExpired;
import org.vigil.cad.core.domain.CallState;

/**
 * Changes the state by one event. The engine calls it for what it decides; recovery calls it for
 * what the journal holds. It trusts its input: the journal only holds events that were decided.
 */
final class EventApplier {
    private final EngineState state;

    EventApplier(EngineState state) {
        this.state = state;
    }

    void apply(Event event, long atMicros) {
        // Java 17 has no pattern switch; the hot events (status, AVL) come first.
        if (event instanceof UnitStatusChanged e) {
            applyStatusChange(e, atMicros);
        } else if (event instanceof UnitPositionUpdated e) {
            state.unit(e.unitId()).reportPosition(e.latitude(), e.longitude(), atMicros);
        } else if (event instanceof UnitAssigned e) {
            state.incident(e.incidentNumber()).assign(e.unitId());
        } else if (event instanceof IncidentStatusChanged e) {
            state.incident(e.incidentNumber()).moveTo(e.to());
        } else if (event instanceof NarrativeAdded e) {
            state.incident(e.incidentNumber()).addNarrative(new NarrativeLine(atMicros, e.author(), e.text()));
        } else if (event instanceof CallOffered e) {
            applyCallOffered(e, atMicros);
        } else if (event instanceof CallLocationUpdated e) {
            state.call(e.callId()).addLocation(new LocationVersion(atMicros, e.location()));
        } else if (event instanceof CallTextAdded e) {
            state.call(e.callId()).addText(new TextLine(atMicros, e.sender(), e.text()));
        } else if (event instanceof CallAnswered e) {
            state.call(e.callId()).answer(e.position());
        } else if (event instanceof CallAbandoned e) {
            endCall(e.callId(), CallState.ABANDONED, "");
        } else if (event instanceof CallReleased e) {
            endCall(e.callId(), CallState.RELEASED, "");
        } else if (event instanceof CallTransferred e) {
            endCall(e.callId(), CallState.TRANSFERRED, e.agency());
        } else if (event instanceof IncidentCreated e) {
            applyIncidentCreated(e, atMicros);
        } else if (event instanceof IncidentClosed e) {
            state.incident(e.incidentNumber()).close(e.disposition());
        } else if (event instanceof IncidentReopened e) {
            state.incident(e.incidentNumber()).reopen();
        } else if (event instanceof UnitTimerExpired e) {
            state.unit(e.unitId()).markStatusTimerFired();
        } else if (event instanceof UnitRegistered e) {
            state.put(new Unit(e.unitId(), e.unitType(), e.agency(), e.station(),
                    e.homeLatitude(), e.homeLongitude(), atMicros));
        } else if (event instanceof CommandRejected) {
            state.countRejection();
        } else {
            throw new IllegalArgumentException("no apply rule for " + event.getClass().getSimpleName());
        }
    }

    private void applyStatusChange(UnitStatusChanged e, long atMicros) {
        Unit unit = state.unit(e.unitId());
        String previous = unit.incidentNumber();
        if (previous != null && !previous.equals(e.incidentNumber())) {
            Incident left = state.incident(previous);
            if (left != null) {
                left.release(unit.id());
            }
        }
        unit.moveTo(e.to(), e.incidentNumber(), atMicros);
    }

    private void applyIncidentCreated(IncidentCreated e, long atMicros) {
        Incident incident = new Incident(e.incidentNumber(), e.incidentType(), e.priority(), e.location(), atMicros);
        state.put(incident);
        state.numbered(e.year(), e.sequence());
        if (e.callId() != 0) {
            Call call = state.call(e.callId());
            incident.linkCall(e.callId());
            call.linkIncident(e.incidentNumber());
        }
    }

    private void endCall(long callId, CallState end, String agency) {
        Call call = state.call(callId);
        if (end == CallState.TRANSFERRED) {
            call.transferTo(agency);
        } else {
            call.end(end);
        }
        state.ended(call);
    }

    private void applyCallOffered(CallOffered e, long atMicros) {
        Call call = new Call(e.callId(), e.source(), e.ani(), e.rebidKey(), e.classOfService(), e.callerName(),
                e.details(), atMicros);
        call.addLocation(new LocationVersion(atMicros, e.location()));
        state.put(call);
    }
}
