package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Call;
import org.vigil.cad.core.domain.Incident;
import org.vigil.cad.core.domain.Unit;
import org.vigil.cad.core.engine.ReferenceDispatchModel.ModelCall;
import org.vigil.cad.core.engine.ReferenceDispatchModel.ModelIncident;
import org.vigil.cad.core.engine.ReferenceDispatchModel.ModelUnit;
import org.vigil.cad.core.engine.ReferenceDispatchModel.Outcome;
import org.vigil.cad.core.event.Event;

/**
 * Holds the engine's state against the reference model after a command: the outcome, then every entity
 * the command could have touched. Collecting the touched ids before the command matters: a unit going
 * AVAILABLE no longer names the incident it left, and that incident must be checked too.
 */
final class ModelComparison {
    private final EngineState engine;
    private final ReferenceDispatchModel model;
    private final List<String> unitIds = new ArrayList<>();
    private final List<String> numbers = new ArrayList<>();
    private final List<Long> callIds = new ArrayList<>();

    ModelComparison(EngineState engine, ReferenceDispatchModel model) {
        this.engine = engine;
        this.model = model;
    }

    /** Call before the model and the engine decide {@code command}. */
    void noteTouchedBy(Command command) {
        unitIds.clear();
        numbers.clear();
        callIds.clear();
        if (command instanceof Command.ChangeUnitStatus c) {
            noteUnitAndItsIncident(c.unitId());
        } else if (command instanceof Command.RegisterUnit c) {
            unitIds.add(c.unitId());
        } else if (command instanceof Command.UpdateUnitPosition c) {
            unitIds.add(c.unitId());
        } else if (command instanceof Command.AssignUnit c) {
            noteUnitAndItsIncident(c.unitId());
            numbers.add(c.incidentNumber());
        } else if (command instanceof Command.CreateIncident c) {
            callIds.add(c.callId());
        } else if (command instanceof Command.AddNarrative c) {
            numbers.add(c.incidentNumber());
        } else if (command instanceof Command.ReopenIncident c) {
            numbers.add(c.incidentNumber());
        } else if (command instanceof Command.CloseIncident c) {
            numbers.add(c.incidentNumber());
            ModelIncident incident = model.incidentOrNull(c.incidentNumber());
            if (incident != null) {
                unitIds.addAll(incident.assigned);
            }
        } else if (ModelCallRules.isActionOnACall(command)) {
            callIds.add(ModelCallRules.callIdOf(command));
        }
    }

    private void noteUnitAndItsIncident(String unitId) {
        unitIds.add(unitId);
        ModelUnit unit = unitId == null ? null : model.unit(unitId);
        if (unit != null && unit.incident != null) {
            numbers.add(unit.incident);
        }
    }

    void compareOutcome(Outcome expected, List<Event> actual, Supplier<String> where) {
        if (expected.accepted()) {
            assertEquals(expected.events(), actual, () -> where.get() + ": events");
            return;
        }
        assertEquals(1, actual.size(), () -> where.get() + ": expected a " + expected.reason() + " refusal, got " + actual);
        Event.CommandRejected rejected = assertInstanceOf(Event.CommandRejected.class, actual.get(0),
                () -> where.get() + ": expected a " + expected.reason() + " refusal, got " + actual);
        assertEquals(expected.reason(), rejected.reason(), () -> where.get() + ": reason of " + rejected);
        assertEquals(expected.subject(), rejected.subject(), () -> where.get() + ": subject of " + rejected);
    }

    /** Compares what {@link #noteTouchedBy} noted and what the events name, and checks their invariants. */
    void compareTouched(List<Event> actual, Supplier<String> where) {
        for (Event event : actual) {
            if (event instanceof Event.UnitStatusChanged e) {
                unitIds.add(e.unitId());
            } else if (event instanceof Event.UnitRegistered e) {
                unitIds.add(e.unitId());
            } else if (event instanceof Event.UnitPositionUpdated e) {
                unitIds.add(e.unitId());
            } else if (event instanceof Event.UnitTimerExpired e) {
                unitIds.add(e.unitId());
            } else if (event instanceof Event.IncidentCreated e) {
                numbers.add(e.incidentNumber());
            } else if (!(event instanceof Event.CommandRejected)) {
                noteCallOf(event);
            }
        }
        unitIds.forEach(id -> compareUnit(id, where));
        numbers.forEach(number -> compareIncident(number, where));
        callIds.forEach(id -> compareCall(id, where));
    }

    private void noteCallOf(Event event) {
        String subject = event.subject();
        if (subject.startsWith("call:")) {
            callIds.add(Long.parseLong(subject.substring("call:".length())));
        }
    }

    /** Every unit, incident and call, both ways, and every floor invariant. */
    void compareWholeFloor(Supplier<String> where) {
        assertEquals(model.units().size(), engine.units().size(), () -> where.get() + ": unit count");
        assertEquals(model.incidentNumbers().size(), engine.incidents().size(), () -> where.get() + ": incident count");
        assertEquals(model.callCount(), engine.calls().size(), () -> where.get() + ": call count");
        assertEquals(model.rejections(), engine.rejectedCommands(), () -> where.get() + ": rejection count");
        model.units().forEach(unit -> compareUnit(unit.id, where));
        model.incidentNumbers().forEach(number -> compareIncident(number, where));
        for (long id = 1; id <= model.callCount(); id++) {
            compareCall(id, where);
        }
        FloorInvariants.checkWholeFloor(engine, model.incidentNumbers().size(), where);
    }

    private void compareUnit(String id, Supplier<String> where) {
        ModelUnit expected = id == null ? null : model.unit(id);
        Unit actual = engine.unit(id);
        if (expected == null) {
            assertNull(actual, () -> where.get() + ": the engine has a unit the model does not: " + id);
            return;
        }
        assertNotNull(actual, () -> where.get() + ": the engine lost unit " + id);
        Supplier<String> what = () -> where.get() + ": unit " + id;
        assertEquals(expected.status, actual.status(), what);
        assertEquals(expected.incident, actual.incidentNumber(), what);
        assertEquals(expected.sinceMicros, actual.statusSinceMicros(), what);
        assertEquals(expected.warned, actual.statusTimerFired(), what);
        assertEquals(expected.latitude, actual.latitude(), what);
        assertEquals(expected.longitude, actual.longitude(), what);
        assertEquals(expected.positionAtMicros, actual.positionAtMicros(), what);
        FloorInvariants.checkUnit(actual, engine, where);
    }

    private void compareIncident(String number, Supplier<String> where) {
        ModelIncident expected = model.incidentOrNull(number);
        Incident actual = engine.incident(number);
        if (expected == null) {
            assertNull(actual, () -> where.get() + ": the engine has an incident the model does not: " + number);
            return;
        }
        assertNotNull(actual, () -> where.get() + ": the engine lost incident " + number);
        Supplier<String> what = () -> where.get() + ": incident " + number;
        assertEquals(expected.status, actual.status(), what);
        assertEquals(expected.assigned, actual.assignedUnitIds(), what);
        assertEquals(expected.disposition, actual.disposition(), what);
        assertEquals(expected.narrativeLines, actual.narrative().size(), what);
        assertEquals(expected.calls, actual.callIds(), what);
        FloorInvariants.checkIncident(actual, engine, where);
    }

    private void compareCall(long id, Supplier<String> where) {
        ModelCall expected = model.call(id);
        Call actual = engine.call(id);
        if (expected == null) {
            assertNull(actual, () -> where.get() + ": the engine has a call the model does not: " + id);
            return;
        }
        assertNotNull(actual, () -> where.get() + ": the engine lost call " + id);
        Supplier<String> what = () -> where.get() + ": call " + id;
        assertEquals(expected.state, actual.state(), what);
        assertEquals(expected.incident, actual.incidentNumber(), what);
        assertEquals(expected.locations, actual.locations().size(), what);
        assertEquals(expected.position, actual.answeringPosition(), what);
        assertEquals(expected.transferredTo, actual.transferredTo(), what);
    }
}
