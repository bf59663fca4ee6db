package org.vigil.cad.core.engine;

import static org.vigil.cad.core.engine.ReferenceDispatchModel.blank;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.IncidentStatus;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.engine.ReferenceDispatchModel.ModelCall;
import org.vigil.cad.core.engine.ReferenceDispatchModel.ModelIncident;
import org.vigil.cad.core.engine.ReferenceDispatchModel.ModelUnit;
import org.vigil.cad.core.engine.ReferenceDispatchModel.Outcome;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/**
 * The reference model's incident rules, as a dispatcher states them: numbered YY-NNNNNN per local year,
 * dispatched by its first assignment, closed with a disposition (freeing its units), reopened only when closed.
 */
final class ModelIncidentRules {
    private final ReferenceDispatchModel model;
    private final ZoneId zone;
    private int lastYear;
    private int lastSequence;

    ModelIncidentRules(ReferenceDispatchModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
    }

    static boolean isAboutIncidents(Command command) {
        return command instanceof Command.CreateIncident || command instanceof Command.AddNarrative
                || command instanceof Command.AssignUnit || command instanceof Command.CloseIncident
                || command instanceof Command.ReopenIncident;
    }

    Outcome decide(Command command, long nowMicros) {
        if (command instanceof Command.CreateIncident c) {
            return create(c, nowMicros);
        }
        String number = numberOf(command);
        ModelIncident incident = model.incidentOrNull(number);
        if (incident == null) {
            return model.refuse(RejectReason.UNKNOWN_INCIDENT, number == null ? "" : "incident:" + number);
        }
        if (command instanceof Command.AddNarrative c) {
            return narrative(incident, c.text());
        } else if (command instanceof Command.AssignUnit c) {
            return assign(incident, c.unitId());
        } else if (command instanceof Command.CloseIncident c) {
            return close(incident, c.disposition());
        }
        return reopen(incident);
    }

    private Outcome create(Command.CreateIncident c, long nowMicros) {
        if (blank(c.incidentType()) || c.priority() < 1 || c.priority() > 9
                || !ReferenceDispatchModel.isKnown(c.location())) {
            return model.refuse(RejectReason.INVALID_INPUT, "");
        }
        ModelCall call = null;
        if (c.callId() != 0) {
            call = model.call(c.callId());
            if (call == null) {
                return model.refuse(RejectReason.UNKNOWN_CALL, "call:" + c.callId());
            }
            if (call.incident != null) {
                return model.refuse(RejectReason.INVALID_INPUT, "call:" + c.callId());
            }
        }
        // A stamp that steps back over New Year still numbers in the newest year used: numbers stay unique.
        int year = Math.max(Instant.EPOCH.plus(nowMicros, ChronoUnit.MICROS).atZone(zone).getYear(), lastYear);
        int sequence = year == lastYear ? lastSequence + 1 : 1;
        if (sequence > 999_999) {
            return model.refuse(RejectReason.NUMBERING_EXHAUSTED, "");
        }
        lastYear = year;
        lastSequence = sequence;
        ModelIncident incident = new ModelIncident(String.format("%02d-%06d", year % 100, sequence));
        model.addIncident(incident);
        model.emit(new Event.IncidentCreated(incident.number, year, sequence, c.callId(), c.incidentType(),
                c.priority(), c.location()));
        if (call != null) {
            call.incident = incident.number;
            incident.calls.add(call.id);
        }
        if (!blank(c.narrative())) {
            incident.narrativeLines++;
            model.emit(new Event.NarrativeAdded(incident.number, model.operator(), c.narrative()));
        }
        return model.accept();
    }

    private Outcome narrative(ModelIncident incident, String text) {
        if (blank(text)) {
            return model.refuse(RejectReason.INVALID_INPUT, "incident:" + incident.number);
        }
        incident.narrativeLines++;
        model.emit(new Event.NarrativeAdded(incident.number, model.operator(), text));
        return model.accept();
    }

    private Outcome assign(ModelIncident incident, String unitId) {
        String subject = "incident:" + incident.number;
        if (incident.status == IncidentStatus.CLOSED) {
            return model.refuse(RejectReason.INCIDENT_CLOSED, subject);
        }
        ModelUnit unit = unitId == null ? null : model.unit(unitId);
        if (unit == null) {
            return model.refuse(RejectReason.UNKNOWN_UNIT, subject);
        }
        if (unit.status != UnitStatus.AVAILABLE) {
            return model.refuse(RejectReason.UNIT_NOT_AVAILABLE, subject);
        }
        model.emit(new Event.UnitAssigned(incident.number, unit.id));
        incident.assigned.add(unit.id);
        model.move(unit, UnitStatus.DISPATCHED, incident.number, false);
        if (incident.status == IncidentStatus.PENDING || incident.status == IncidentStatus.REOPENED) {
            model.emit(new Event.IncidentStatusChanged(incident.number, incident.status, IncidentStatus.DISPATCHED));
            incident.status = IncidentStatus.DISPATCHED;
        }
        return model.accept();
    }

    private Outcome close(ModelIncident incident, String disposition) {
        if (incident.status == IncidentStatus.CLOSED) {
            return model.refuse(RejectReason.INCIDENT_CLOSED, "incident:" + incident.number);
        }
        if (blank(disposition)) {
            return model.refuse(RejectReason.INVALID_INPUT, "incident:" + incident.number);
        }
        // Every status that works an incident may go AVAILABLE normally, so closing never needs an override.
        for (String unitId : List.copyOf(incident.assigned)) {
            model.move(model.unit(unitId), UnitStatus.AVAILABLE, null, false);
        }
        incident.status = IncidentStatus.CLOSED;
        incident.disposition = disposition;
        model.emit(new Event.IncidentClosed(incident.number, disposition));
        return model.accept();
    }

    private Outcome reopen(ModelIncident incident) {
        if (incident.status != IncidentStatus.CLOSED) {
            return model.refuse(RejectReason.INCIDENT_NOT_CLOSED, "incident:" + incident.number);
        }
        incident.status = IncidentStatus.REOPENED;
        incident.disposition = "";
        model.emit(new Event.IncidentReopened(incident.number));
        return model.accept();
    }

    private static String numberOf(Command command) {
        if (command instanceof Command.AddNarrative c) {
            return c.incidentNumber();
        } else if (command instanceof Command.AssignUnit c) {
            return c.incidentNumber();
        } else if (command instanceof Command.CloseIncident c) {
            return c.incidentNumber();
        } else if (command instanceof Command.ReopenIncident c) {
            return c.incidentNumber();
        }
        throw new IllegalArgumentException("the model has no incident rule for " + command);
    }
}
