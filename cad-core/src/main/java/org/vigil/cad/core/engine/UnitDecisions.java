package org.vigil.cad.core.engine;

import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Incident;
import org.vigil.cad.core.domain.IncidentStatus;
import org.vigil.cad.core.domain.Unit;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** The rules for the unit board: registration, status moves, AVL and status timers. */
final class UnitDecisions {
    private final EngineState state;
    private final DecisionContext context;
    private final EngineConfig config;

    UnitDecisions(EngineState state, DecisionContext context, EngineConfig config) {
        this.state = state;
        this.context = context;
        this.config = config;
    }

    void register(Command.RegisterUnit c) {
        String subject = c.unitId() == null ? "" : Event.unitSubject(c.unitId());
        if (Checks.isBlank(c.unitId()) || Checks.isBlank(c.unitType())) {
            context.reject(RejectReason.INVALID_INPUT, "a unit needs an id and a type", subject);
        } else if (state.unit(c.unitId()) != null) {
            context.reject(RejectReason.DUPLICATE_UNIT, "unit " + c.unitId() + " already exists", subject);
        } else if (!Checks.isOptionalPosition(c.homeLatitude(), c.homeLongitude())) {
            context.reject(RejectReason.INVALID_INPUT, "home position out of range", subject);
        } else {
            context.emit(new Event.UnitRegistered(c.unitId(), c.unitType(), Checks.orEmpty(c.agency()),
                    Checks.orEmpty(c.station()), c.homeLatitude(), c.homeLongitude()));
        }
    }

    void changeStatus(Command.ChangeUnitStatus c) {
        Unit unit = state.unit(c.unitId());
        if (unit == null) {
            context.reject(RejectReason.UNKNOWN_UNIT, "no unit " + c.unitId(), unitSubject(c.unitId()));
            return;
        }
        UnitStatus from = unit.status();
        UnitStatus to = c.status();
        if (to == null) {
            context.reject(RejectReason.INVALID_INPUT, "no status given", Event.unitSubject(unit.id()));
        } else if (to == from) {
            context.reject(RejectReason.ILLEGAL_TRANSITION, unit.id() + " is already " + to, Event.unitSubject(unit.id()));
        } else if (to == UnitStatus.DISPATCHED) {
            context.reject(RejectReason.ILLEGAL_TRANSITION,
                    "assign " + unit.id() + " to an incident to dispatch it", Event.unitSubject(unit.id()));
        } else if (to.isCommitted() && unit.incidentNumber() == null) {
            context.reject(RejectReason.ILLEGAL_TRANSITION,
                    unit.id() + " has no incident to be " + to + " on", Event.unitSubject(unit.id()));
        } else if (!from.canMoveTo(to) && !c.override()) {
            context.reject(RejectReason.ILLEGAL_TRANSITION,
                    unit.id() + " cannot go from " + from + " to " + to + " without an override",
                    Event.unitSubject(unit.id()));
        } else {
            String incidentAfter = to.isCommitted() ? unit.incidentNumber() : null;
            boolean overridden = !from.canMoveTo(to);
            context.emit(new Event.UnitStatusChanged(unit.id(), from, to, incidentAfter, overridden));
            advanceIncident(incidentAfter, to);
        }
    }

    void updatePosition(Command.UpdateUnitPosition c) {
        Unit unit = state.unit(c.unitId());
        if (unit == null) {
            context.reject(RejectReason.UNKNOWN_UNIT, "no unit " + c.unitId(), unitSubject(c.unitId()));
        } else if (!Checks.isPosition(c.latitude(), c.longitude())) {
            context.reject(RejectReason.INVALID_INPUT, "position out of range", Event.unitSubject(unit.id()));
        } else {
            context.emit(new Event.UnitPositionUpdated(unit.id(), c.latitude(), c.longitude()));
        }
    }

    void expireTimers() {
        long now = context.atMicros();
        for (Unit unit : state.units()) {
            if (unit.statusTimerFired()) {
                continue;
            }
            long limit = config.timerLimitMicros(unit.status(), unit.type());
            if (limit > 0 && now - unit.statusSinceMicros() >= limit) {
                context.emit(new Event.UnitTimerExpired(unit.id(), unit.status(), unit.incidentNumber(), limit));
            }
        }
    }

    /** An incident follows its most advanced unit: en route when the first unit rolls, on scene when one arrives. */
    private void advanceIncident(String incidentNumber, UnitStatus unitStatus) {
        Incident incident = state.incident(incidentNumber);
        if (incident == null) {
            return;
        }
        IncidentStatus current = incident.status();
        IncidentStatus target = null;
        if (unitStatus == UnitStatus.ENROUTE && current == IncidentStatus.DISPATCHED) {
            target = IncidentStatus.ENROUTE;
        } else if (unitStatus == UnitStatus.ONSCENE
                && (current == IncidentStatus.DISPATCHED || current == IncidentStatus.ENROUTE)) {
            target = IncidentStatus.ONSCENE;
        }
        if (target != null) {
            context.emit(new Event.IncidentStatusChanged(incident.number(), current, target));
        }
    }

    private static String unitSubject(String unitId) {
        return unitId == null ? "" : Event.unitSubject(unitId);
    }
}
