package org.vigil.cad.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.Incident;
import org.vigil.cad.core.domain.IncidentNumbers;
import org.vigil.cad.core.domain.IncidentStatus;
import org.vigil.cad.core.domain.Unit;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** The rules for incidents: entry and numbering, narrative, assignment, closing and reopening. */
final class IncidentDecisions {
    static final int LOWEST_PRIORITY = 9;

    private final EngineState state;
    private final DecisionContext context;
    private final YearOfMicros years;

    IncidentDecisions(EngineState state, DecisionContext context, EngineConfig config) {
        this.state = state;
        this.context = context;
        this.years = new YearOfMicros(config.zone());
    }

    void create(Command.CreateIncident c) {
        Call call = c.callId() == 0 ? null : state.call(c.callId());
        if (Checks.isBlank(c.incidentType())) {
            context.reject(RejectReason.INVALID_INPUT, "an incident needs a type", "");
        } else if (c.priority() < 1 || c.priority() > LOWEST_PRIORITY) {
            context.reject(RejectReason.INVALID_INPUT, "priority must be 1 to " + LOWEST_PRIORITY, "");
        } else if (c.location() == null || !c.location().isKnown()) {
            context.reject(RejectReason.INVALID_INPUT, "an incident needs a location", "");
        } else if (c.callId() != 0 && call == null) {
            context.reject(RejectReason.UNKNOWN_CALL, "no call " + c.callId(), Event.callSubject(c.callId()));
        } else if (call != null && call.incidentNumber() != null) {
            context.reject(RejectReason.INVALID_INPUT,
                    "call " + c.callId() + " is already on incident " + call.incidentNumber(), Event.callSubject(c.callId()));
        } else {
            // Never number in a year before the last one used: a stamp that steps back over New Year
            // would otherwise reissue an existing number and overwrite that incident.
            int year = Math.max(years.yearOf(context.atMicros()), state.incidentYear());
            int sequence = year == state.incidentYear() ? state.incidentSequence() + 1 : 1;
            if (sequence > IncidentNumbers.MAX_SEQUENCE) {
                context.reject(RejectReason.NUMBERING_EXHAUSTED, "no incident numbers left for " + year, "");
                return;
            }
            String number = IncidentNumbers.format(year, sequence);
            context.emit(new Event.IncidentCreated(number, year, sequence, c.callId(), c.incidentType(), c.priority(),
                    c.location()));
            if (!Checks.isBlank(c.narrative())) {
                context.emit(new Event.NarrativeAdded(number, context.operator(), c.narrative()));
            }
        }
    }

    void addNarrative(Command.AddNarrative c) {
        Incident incident = state.incident(c.incidentNumber());
        if (incident == null) {
            rejectUnknown(c.incidentNumber());
        } else if (Checks.isBlank(c.text())) {
            context.reject(RejectReason.INVALID_INPUT, "narrative text is empty", Event.incidentSubject(incident.number()));
        } else {
            context.emit(new Event.NarrativeAdded(incident.number(), context.operator(), c.text()));
        }
    }

    void assign(Command.AssignUnit c) {
        Incident incident = state.incident(c.incidentNumber());
        Unit unit = state.unit(c.unitId());
        if (incident == null) {
            rejectUnknown(c.incidentNumber());
        } else if (incident.status() == IncidentStatus.CLOSED) {
            context.reject(RejectReason.INCIDENT_CLOSED, incident.number() + " is closed",
                    Event.incidentSubject(incident.number()));
        } else if (unit == null) {
            context.reject(RejectReason.UNKNOWN_UNIT, "no unit " + c.unitId(), Event.incidentSubject(incident.number()));
        } else if (unit.status() != UnitStatus.AVAILABLE) {
            String where = unit.incidentNumber() == null ? "" : " on " + unit.incidentNumber();
            context.reject(RejectReason.UNIT_NOT_AVAILABLE, unit.id() + " is " + unit.status() + where,
                    Event.incidentSubject(incident.number()));
        } else {
            context.emit(new Event.UnitAssigned(incident.number(), unit.id()));
            context.emit(new Event.UnitStatusChanged(unit.id(), UnitStatus.AVAILABLE, UnitStatus.DISPATCHED,
                    incident.number(), false));
            if (incident.status().isAwaitingDispatch()) {
                context.emit(new Event.IncidentStatusChanged(incident.number(), incident.status(),
                        IncidentStatus.DISPATCHED));
            }
        }
    }

    void close(Command.CloseIncident c) {
        Incident incident = state.incident(c.incidentNumber());
        if (incident == null) {
            rejectUnknown(c.incidentNumber());
        } else if (incident.status() == IncidentStatus.CLOSED) {
            context.reject(RejectReason.INCIDENT_CLOSED, incident.number() + " is already closed",
                    Event.incidentSubject(incident.number()));
        } else if (Checks.isBlank(c.disposition())) {
            context.reject(RejectReason.INVALID_INPUT, "closing needs a disposition",
                    Event.incidentSubject(incident.number()));
        } else {
            // Copy first: each status change removes the unit from the incident's list.
            List<String> stillAssigned = new ArrayList<>(incident.assignedUnitIds());
            for (String unitId : stillAssigned) {
                Unit unit = state.unit(unitId);
                context.emit(new Event.UnitStatusChanged(unitId, unit.status(), UnitStatus.AVAILABLE, null, false));
            }
            context.emit(new Event.IncidentClosed(incident.number(), c.disposition()));
        }
    }

    void reopen(Command.ReopenIncident c) {
        Incident incident = state.incident(c.incidentNumber());
        if (incident == null) {
            rejectUnknown(c.incidentNumber());
        } else if (incident.status() != IncidentStatus.CLOSED) {
            context.reject(RejectReason.INCIDENT_NOT_CLOSED, incident.number() + " is not closed",
                    Event.incidentSubject(incident.number()));
        } else {
            context.emit(new Event.IncidentReopened(incident.number()));
        }
    }

    private void rejectUnknown(String number) {
        String subject = number == null ? "" : Event.incidentSubject(number);
        context.reject(RejectReason.UNKNOWN_INCIDENT, "no incident " + number, subject);
    }
}
