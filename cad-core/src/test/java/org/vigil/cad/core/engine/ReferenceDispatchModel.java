package org.vigil.cad.core.engine;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.CallState;
import org.vigil.cad.core.domain.IncidentStatus;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/**
 * A deliberately naive model of the dispatch rules, written from the rules as a dispatcher states them
 * rather than from the engine's code: plain lists and maps, linear scans over the board, its own move
 * table, its own calendar arithmetic. It says what a command should do and keeps the floor it expects.
 */
final class ReferenceDispatchModel {

    /** What a command should do: refused for a reason (about a subject), or accepted with exactly these events. */
    record Outcome(RejectReason reason, String subject, List<Event> events) {
        boolean accepted() {
            return reason == null;
        }
    }

    static final class ModelUnit {
        final String id;
        UnitStatus status = UnitStatus.AVAILABLE;
        String incident;
        long sinceMicros;
        boolean warned;
        double latitude = Double.NaN;
        double longitude = Double.NaN;
        long positionAtMicros = Long.MIN_VALUE;

        ModelUnit(String id, long registeredAtMicros) {
            this.id = id;
            this.sinceMicros = registeredAtMicros;
        }
    }

    static final class ModelIncident {
        final String number;
        final List<Long> calls = new ArrayList<>();
        final List<String> assigned = new ArrayList<>();
        IncidentStatus status = IncidentStatus.PENDING;
        String disposition = "";
        int narrativeLines;

        ModelIncident(String number) {
            this.number = number;
        }
    }

    static final class ModelCall {
        final long id;
        CallState state = CallState.RINGING;
        String incident;
        int locations = 1;
        String position = "";
        String transferredTo = "";
        String rebidKey = "";

        ModelCall(long id) {
            this.id = id;
        }

        boolean live() {
            return state == CallState.RINGING || state == CallState.ANSWERED;
        }
    }

    /** The moves a dispatcher may key without an override, "FROM>TO". */
    private static final Set<String> NORMAL_MOVES = Set.of(
            "AVAILABLE>DISPATCHED", "AVAILABLE>OUTOFSERVICE",
            "DISPATCHED>ENROUTE", "DISPATCHED>ONSCENE", "DISPATCHED>AVAILABLE",
            "ENROUTE>ONSCENE", "ENROUTE>AVAILABLE",
            "ONSCENE>TRANSPORTING", "ONSCENE>AVAILABLE",
            "TRANSPORTING>ATHOSPITAL", "TRANSPORTING>AVAILABLE",
            "ATHOSPITAL>AVAILABLE",
            "OUTOFSERVICE>AVAILABLE");

    private final ModelCallRules callRules = new ModelCallRules(this);
    private final ModelIncidentRules incidentRules;
    private final Map<UnitStatus, Long> timerLimits;
    private final List<ModelUnit> units = new ArrayList<>();
    private final Map<String, ModelIncident> incidents = new HashMap<>();
    private final List<String> numbersInOrder = new ArrayList<>();
    private final List<ModelCall> calls = new ArrayList<>();
    private long rejections;

    private long now;
    private String operator;
    private String position;
    private List<Event> out;

    /** {@code timerLimits}: micros a unit of any type may stay in a status before it is warned. */
    ReferenceDispatchModel(ZoneId zone, Map<UnitStatus, Long> timerLimits) {
        this.incidentRules = new ModelIncidentRules(this, zone);
        this.timerLimits = Map.copyOf(timerLimits);
    }

    static boolean isNormalMove(UnitStatus from, UnitStatus to) {
        return NORMAL_MOVES.contains(from + ">" + to);
    }

    static boolean worksAnIncident(UnitStatus status) {
        return status != UnitStatus.AVAILABLE && status != UnitStatus.OUTOFSERVICE;
    }

    Outcome decide(Command command, long atMicros, String stampOperator, String stampPosition) {
        now = atMicros;
        operator = stampOperator;
        position = stampPosition;
        out = new ArrayList<>(2);
        Outcome outcome = route(command);
        if (!outcome.accepted()) {
            rejections++;
        }
        return outcome;
    }

    private Outcome route(Command command) {
        if (command instanceof Command.RegisterUnit c) {
            return register(c);
        } else if (command instanceof Command.ChangeUnitStatus c) {
            return changeStatus(c);
        } else if (command instanceof Command.UpdateUnitPosition c) {
            return avl(c);
        } else if (command instanceof Command.Tick) {
            return tick();
        } else if (ModelIncidentRules.isAboutIncidents(command)) {
            return incidentRules.decide(command, now);
        }
        return callRules.decide(command);
    }

    // ---- units

    private Outcome register(Command.RegisterUnit c) {
        String subject = c.unitId() == null ? "" : "unit:" + c.unitId();
        if (blank(c.unitId()) || blank(c.unitType())) {
            return refuse(RejectReason.INVALID_INPUT, subject);
        }
        if (unit(c.unitId()) != null) {
            return refuse(RejectReason.DUPLICATE_UNIT, subject);
        }
        boolean noHome = Double.isNaN(c.homeLatitude()) && Double.isNaN(c.homeLongitude());
        if (!noHome && !onEarth(c.homeLatitude(), c.homeLongitude())) {
            return refuse(RejectReason.INVALID_INPUT, subject);
        }
        units.add(new ModelUnit(c.unitId(), now));
        out.add(new Event.UnitRegistered(c.unitId(), c.unitType(), orEmpty(c.agency()), orEmpty(c.station()),
                c.homeLatitude(), c.homeLongitude()));
        return accept();
    }

    private Outcome changeStatus(Command.ChangeUnitStatus c) {
        ModelUnit unit = unit(c.unitId());
        if (unit == null) {
            return refuse(RejectReason.UNKNOWN_UNIT, c.unitId() == null ? "" : "unit:" + c.unitId());
        }
        String subject = "unit:" + unit.id;
        UnitStatus to = c.status();
        if (to == null) {
            return refuse(RejectReason.INVALID_INPUT, subject);
        }
        boolean normal = isNormalMove(unit.status, to);
        boolean refusedWhatever = to == unit.status || to == UnitStatus.DISPATCHED
                || (worksAnIncident(to) && unit.incident == null);
        if (refusedWhatever || (!normal && !c.override())) {
            return refuse(RejectReason.ILLEGAL_TRANSITION, subject);
        }
        String incidentAfter = worksAnIncident(to) ? unit.incident : null;
        move(unit, to, incidentAfter, !normal);
        if (incidentAfter != null) {
            followUnit(incidents.get(incidentAfter), to);
        }
        return accept();
    }

    /** The incident shows its most advanced unit: en route once one rolls, on scene once one arrives. */
    private void followUnit(ModelIncident incident, UnitStatus unitStatus) {
        IncidentStatus before = incident.status;
        boolean rolls = unitStatus == UnitStatus.ENROUTE && before == IncidentStatus.DISPATCHED;
        boolean arrives = unitStatus == UnitStatus.ONSCENE
                && (before == IncidentStatus.DISPATCHED || before == IncidentStatus.ENROUTE);
        if (rolls || arrives) {
            incident.status = rolls ? IncidentStatus.ENROUTE : IncidentStatus.ONSCENE;
            out.add(new Event.IncidentStatusChanged(incident.number, before, incident.status));
        }
    }

    void move(ModelUnit unit, UnitStatus to, String incidentAfter, boolean override) {
        out.add(new Event.UnitStatusChanged(unit.id, unit.status, to, incidentAfter, override));
        if (unit.incident != null && incidentAfter == null) {
            incidents.get(unit.incident).assigned.remove(unit.id);
        }
        unit.status = to;
        unit.incident = incidentAfter;
        unit.sinceMicros = now;
        unit.warned = false;
    }

    private Outcome avl(Command.UpdateUnitPosition c) {
        ModelUnit unit = unit(c.unitId());
        if (unit == null) {
            return refuse(RejectReason.UNKNOWN_UNIT, c.unitId() == null ? "" : "unit:" + c.unitId());
        }
        if (!onEarth(c.latitude(), c.longitude())) {
            return refuse(RejectReason.INVALID_INPUT, "unit:" + unit.id);
        }
        unit.latitude = c.latitude();
        unit.longitude = c.longitude();
        unit.positionAtMicros = now;
        out.add(new Event.UnitPositionUpdated(unit.id, c.latitude(), c.longitude()));
        return accept();
    }

    private Outcome tick() {
        for (ModelUnit unit : units) {
            Long limit = timerLimits.get(unit.status);
            if (limit != null && !unit.warned && now - unit.sinceMicros >= limit) {
                unit.warned = true;
                out.add(new Event.UnitTimerExpired(unit.id, unit.status, unit.incident, limit));
            }
        }
        return accept();
    }

    // ---- shared with the call and incident rules

    Outcome refuse(RejectReason reason, String subject) {
        return new Outcome(reason, subject, List.of());
    }

    Outcome accept() {
        return new Outcome(null, null, out);
    }

    void emit(Event event) {
        out.add(event);
    }

    String position() {
        return position;
    }

    String operator() {
        return operator;
    }

    void addIncident(ModelIncident incident) {
        incidents.put(incident.number, incident);
        numbersInOrder.add(incident.number);
    }

    ModelCall offerCall() {
        ModelCall call = new ModelCall(calls.size() + 1L);
        calls.add(call);
        return call;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static boolean isKnown(Location location) {
        if (location == null) {
            return false;
        }
        boolean hasPoint = !Double.isNaN(location.latitude()) && !Double.isNaN(location.longitude());
        return hasPoint || !location.address().isBlank();
    }

    private static boolean onEarth(double latitude, double longitude) {
        return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
    }

    // ---- the floor as the model expects it

    /** Linear scan: a board holds tens of units. */
    ModelUnit unit(String id) {
        for (ModelUnit unit : units) {
            if (unit.id.equals(id)) {
                return unit;
            }
        }
        return null;
    }

    List<ModelUnit> units() {
        return Collections.unmodifiableList(units);
    }

    ModelIncident incidentOrNull(String number) {
        return number == null ? null : incidents.get(number);
    }

    /** Every incident number handed out, oldest first. */
    List<String> incidentNumbers() {
        return Collections.unmodifiableList(numbersInOrder);
    }

    ModelCall call(long id) {
        return id >= 1 && id <= calls.size() ? calls.get((int) (id - 1)) : null;
    }

    int callCount() {
        return calls.size();
    }

    long rejections() {
        return rejections;
    }
}
