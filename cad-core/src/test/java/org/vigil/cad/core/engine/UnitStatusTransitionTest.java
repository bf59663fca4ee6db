package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.vigil.cad.core.engine.EventAssertions.assertEvents;
import static org.vigil.cad.core.engine.EventAssertions.assertRejected;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.IncidentStatus;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** Every one of the 7x7 status moves a dispatcher can key for a unit, with and without an override. */
class UnitStatusTransitionTest {
    private static final String UNIT = "E12";

    /** The normal moves as a dispatcher's card lists them; AVAILABLE to DISPATCHED happens only by assignment. */
    private static final Set<String> NORMAL_MOVES = Set.of(
            "AVAILABLE>DISPATCHED", "AVAILABLE>OUTOFSERVICE",
            "DISPATCHED>ENROUTE", "DISPATCHED>ONSCENE", "DISPATCHED>AVAILABLE",
            "ENROUTE>ONSCENE", "ENROUTE>AVAILABLE",
            "ONSCENE>TRANSPORTING", "ONSCENE>AVAILABLE",
            "TRANSPORTING>ATHOSPITAL", "TRANSPORTING>AVAILABLE",
            "ATHOSPITAL>AVAILABLE",
            "OUTOFSERVICE>AVAILABLE");

    private final EngineScenario floor = new EngineScenario();

    static Stream<Arguments> allPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (UnitStatus from : UnitStatus.values()) {
            for (UnitStatus to : UnitStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void aNormalMoveIsAcceptedAndEveryOtherIsRefusedWithItsReason(UnitStatus from, UnitStatus to) {
        String incident = floor.givenUnitIn(UNIT, from);

        List<Event> events = floor.when(new Command.ChangeUnitStatus(UNIT, to, false));

        String refusal = refusalWithoutOverride(from, to, incident != null);
        if (refusal == null) {
            assertMoved(events, from, to, incident, false);
        } else {
            assertRejected(events, RejectReason.ILLEGAL_TRANSITION, refusal, "unit:" + UNIT);
            assertEquals(from, floor.unit(UNIT).status(), "a refused move leaves the unit where it was");
            assertEquals(incident, floor.unit(UNIT).incidentNumber());
        }
    }

    @ParameterizedTest(name = "{0} -> {1} with override")
    @MethodSource("allPairs")
    void anOverrideForcesAnyMoveExceptIntoDispatchedOrOntoAMissingIncident(UnitStatus from, UnitStatus to) {
        String incident = floor.givenUnitIn(UNIT, from);

        List<Event> events = floor.when(new Command.ChangeUnitStatus(UNIT, to, true));

        String refusal = refusalEvenWithOverride(from, to, incident != null);
        if (refusal == null) {
            assertMoved(events, from, to, incident, !isNormal(from, to));
        } else {
            assertRejected(events, RejectReason.ILLEGAL_TRANSITION, refusal, "unit:" + UNIT);
            assertEquals(from, floor.unit(UNIT).status());
        }
    }

    @Test
    void anAvailableUnitIsDispatchedByAssigningItToAnIncident() {
        floor.givenUnit(UNIT);
        String incident = floor.givenIncident();

        List<Event> events = floor.when(new Command.AssignUnit(incident, UNIT));

        assertEvents(events,
                new Event.UnitAssigned(incident, UNIT),
                new Event.UnitStatusChanged(UNIT, UnitStatus.AVAILABLE, UnitStatus.DISPATCHED, incident, false),
                new Event.IncidentStatusChanged(incident, IncidentStatus.PENDING, IncidentStatus.DISPATCHED));
        assertEquals(UnitStatus.DISPATCHED, floor.unit(UNIT).status());
        assertEquals(incident, floor.unit(UNIT).incidentNumber());
    }

    @Test
    void aStatusChangeForAnUnknownUnitIsRefused() {
        List<Event> events = floor.when(new Command.ChangeUnitStatus("E99", UnitStatus.ENROUTE, false));

        assertRejected(events, RejectReason.UNKNOWN_UNIT, "no unit E99", "unit:E99");
    }

    @Test
    void aStatusChangeWithoutAStatusIsRefused() {
        floor.givenUnit(UNIT);

        List<Event> events = floor.when(new Command.ChangeUnitStatus(UNIT, null, true));

        assertRejected(events, RejectReason.INVALID_INPUT, "no status given", "unit:" + UNIT);
    }

    private void assertMoved(List<Event> events, UnitStatus from, UnitStatus to, String incident, boolean override) {
        String incidentAfter = to.isCommitted() ? incident : null;
        Event.UnitStatusChanged changed = EngineScenario.only(events, Event.UnitStatusChanged.class);
        assertEquals(new Event.UnitStatusChanged(UNIT, from, to, incidentAfter, override), changed);
        assertEquals(to, floor.unit(UNIT).status());
        if (incidentAfter == null) {
            assertNull(floor.unit(UNIT).incidentNumber(), "a unit that is not committed works no incident");
            if (incident != null) {
                assertFalse(floor.incident(incident).assignedUnitIds().contains(UNIT),
                        "a unit that leaves its incident is taken off its assigned list");
            }
        } else {
            assertEquals(List.of(UNIT), floor.incident(incident).assignedUnitIds());
        }
    }

    private static boolean isNormal(UnitStatus from, UnitStatus to) {
        return NORMAL_MOVES.contains(from + ">" + to);
    }

    /** The refusal detail a dispatcher sees without an override, or null when the move is accepted. */
    private static String refusalWithoutOverride(UnitStatus from, UnitStatus to, boolean hasIncident) {
        String hard = refusalEvenWithOverride(from, to, hasIncident);
        if (hard != null) {
            return hard;
        }
        return isNormal(from, to) ? null : UNIT + " cannot go from " + from + " to " + to + " without an override";
    }

    /** The refusals no override lifts: no move at all, dispatching without an assignment, or a status needing an incident. */
    private static String refusalEvenWithOverride(UnitStatus from, UnitStatus to, boolean hasIncident) {
        if (from == to) {
            return UNIT + " is already " + to;
        }
        if (to == UnitStatus.DISPATCHED) {
            return "assign " + UNIT + " to an incident to dispatch it";
        }
        if (to.isCommitted() && !hasIncident) {
            return UNIT + " has no incident to be " + to + " on";
        }
        return null;
    }
}
