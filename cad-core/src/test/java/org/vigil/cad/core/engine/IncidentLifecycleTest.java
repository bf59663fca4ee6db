package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.cad.core.engine.EventAssertions.assertEventTypes;
import static org.vigil.cad.core.engine.EventAssertions.assertEvents;
import static org.vigil.cad.core.engine.EventAssertions.assertRejected;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Incident;
import org.vigil.cad.core.domain.IncidentStatus;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.NarrativeLine;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** An incident from entry to close and reopen, and how its status follows the units working it. */
class IncidentLifecycleTest {
    private final EngineScenario floor = new EngineScenario();

    @Test
    void anEnteredIncidentWaitsForDispatchWithItsNarrativeSignedByTheOperator() {
        List<Event> events = floor.when(new Command.CreateIncident(0, "STRUCTURE FIRE", 2,
                Location.ofAddress("600 Market St"), "smoke from 3rd floor"));

        assertEventTypes(events, Event.IncidentCreated.class, Event.NarrativeAdded.class);
        Incident incident = floor.incident("26-000001");
        assertEquals(IncidentStatus.PENDING, incident.status());
        assertEquals(List.of(new NarrativeLine(floor.nowMicros(), EngineScenario.OPERATOR, "smoke from 3rd floor")),
                incident.narrative());
    }

    @Test
    void anIncidentEnteredFromACallIsLinkedBothWays() {
        long callId = floor.givenAnsweredCall();

        String number = floor.givenIncidentFromCall(callId);

        assertEquals(number, floor.call(callId).incidentNumber());
        assertEquals(List.of(callId), floor.incident(number).callIds());
    }

    @Test
    void narrativeIsAppendedWithAuthorAndTime() {
        String number = floor.givenIncident();
        floor.after(Duration.ofSeconds(40));

        floor.when(new Command.AddNarrative(number, "caller states two occupants still inside"));

        assertEquals(List.of(new NarrativeLine(floor.nowMicros(), EngineScenario.OPERATOR,
                "caller states two occupants still inside")), floor.incident(number).narrative());
    }

    @Test
    void theFirstAssignmentDispatchesTheIncidentAndLaterOnesLeaveItsStatus() {
        floor.givenUnit("E12");
        floor.givenUnit("T3");
        String number = floor.givenIncident();
        floor.givenAssigned("E12", number);

        List<Event> events = floor.when(new Command.AssignUnit(number, "T3"));

        assertEvents(events,
                new Event.UnitAssigned(number, "T3"),
                new Event.UnitStatusChanged("T3", UnitStatus.AVAILABLE, UnitStatus.DISPATCHED, number, false));
        assertEquals(IncidentStatus.DISPATCHED, floor.incident(number).status());
        assertEquals(List.of("E12", "T3"), floor.incident(number).assignedUnitIds());
    }

    @Test
    void theIncidentGoesEnRouteWhenItsFirstUnitRolls() {
        floor.givenUnit("E12");
        String number = floor.givenIncident();
        floor.givenAssigned("E12", number);

        List<Event> events = floor.when(new Command.ChangeUnitStatus("E12", UnitStatus.ENROUTE, false));

        assertEvents(events,
                new Event.UnitStatusChanged("E12", UnitStatus.DISPATCHED, UnitStatus.ENROUTE, number, false),
                new Event.IncidentStatusChanged(number, IncidentStatus.DISPATCHED, IncidentStatus.ENROUTE));
    }

    @Test
    void theIncidentGoesOnSceneWhenAUnitArrivesEvenStraightFromDispatched() {
        floor.givenUnit("E12");
        String number = floor.givenIncident();
        floor.givenAssigned("E12", number);

        List<Event> events = floor.when(new Command.ChangeUnitStatus("E12", UnitStatus.ONSCENE, false));

        assertEventTypes(events, Event.UnitStatusChanged.class, Event.IncidentStatusChanged.class);
        assertEquals(IncidentStatus.ONSCENE, floor.incident(number).status());
    }

    @Test
    void anIncidentEnRouteGoesOnSceneWhenItsUnitArrives() {
        String number = floor.givenUnitIn("E12", UnitStatus.ENROUTE);

        List<Event> events = floor.when(new Command.ChangeUnitStatus("E12", UnitStatus.ONSCENE, false));

        assertEquals(new Event.IncidentStatusChanged(number, IncidentStatus.ENROUTE, IncidentStatus.ONSCENE),
                events.get(events.size() - 1));
        assertEquals(IncidentStatus.ONSCENE, floor.incident(number).status());
    }

    @Test
    void aSecondUnitRollingDoesNotMoveAnIncidentThatIsAlreadyOnScene() {
        String number = floor.givenUnitOnScene("E12");
        floor.givenUnit("M7");
        floor.givenAssigned("M7", number);

        List<Event> events = floor.when(new Command.ChangeUnitStatus("M7", UnitStatus.ENROUTE, false));

        assertEventTypes(events, Event.UnitStatusChanged.class);
        assertEquals(IncidentStatus.ONSCENE, floor.incident(number).status());
    }

    @Test
    void aBusyUnitCannotBeAssignedAndTheRefusalNamesItsIncident() {
        String first = floor.givenUnitOnScene("E12");
        String second = floor.givenIncident();

        List<Event> events = floor.when(new Command.AssignUnit(second, "E12"));

        assertRejected(events, RejectReason.UNIT_NOT_AVAILABLE, "E12 is ONSCENE on " + first, "incident:" + second);
        assertEquals(first, floor.unit("E12").incidentNumber());
        assertTrue(floor.incident(second).assignedUnitIds().isEmpty());
    }

    @Test
    void anOutOfServiceUnitCannotBeAssigned() {
        floor.givenUnitIn("E12", UnitStatus.OUTOFSERVICE);
        String number = floor.givenIncident();

        List<Event> events = floor.when(new Command.AssignUnit(number, "E12"));

        assertRejected(events, RejectReason.UNIT_NOT_AVAILABLE, "E12 is OUTOFSERVICE", "incident:" + number);
    }

    @Test
    void closingMakesEveryAssignedUnitAvailable() {
        String number = floor.givenUnitOnScene("E12");
        floor.givenUnit("M7");
        floor.givenAssigned("M7", number);

        List<Event> events = floor.when(new Command.CloseIncident(number, "FIRE OUT"));

        assertEvents(events,
                new Event.UnitStatusChanged("E12", UnitStatus.ONSCENE, UnitStatus.AVAILABLE, null, false),
                new Event.UnitStatusChanged("M7", UnitStatus.DISPATCHED, UnitStatus.AVAILABLE, null, false),
                new Event.IncidentClosed(number, "FIRE OUT"));
        Incident incident = floor.incident(number);
        assertEquals(IncidentStatus.CLOSED, incident.status());
        assertEquals("FIRE OUT", incident.disposition());
        assertTrue(incident.assignedUnitIds().isEmpty(), "a closed incident has no units");
        assertNull(floor.unit("E12").incidentNumber());
        assertEquals(UnitStatus.AVAILABLE, floor.unit("M7").status());
    }

    @Test
    void aClosedIncidentTakesNoUnits() {
        floor.givenUnit("E12");
        String number = floor.givenIncident();
        floor.given(new Command.CloseIncident(number, "UNFOUNDED"));

        List<Event> events = floor.when(new Command.AssignUnit(number, "E12"));

        assertRejected(events, RejectReason.INCIDENT_CLOSED, number + " is closed", "incident:" + number);
    }

    @Test
    void aReopenedIncidentClearsItsDispositionAndIsDispatchedAgainByTheNextAssignment() {
        floor.givenUnit("E12");
        String number = floor.givenIncident();
        floor.given(new Command.CloseIncident(number, "UNFOUNDED"));

        assertEvents(floor.when(new Command.ReopenIncident(number)), new Event.IncidentReopened(number));
        assertEquals(IncidentStatus.REOPENED, floor.incident(number).status());
        assertEquals("", floor.incident(number).disposition());

        List<Event> events = floor.when(new Command.AssignUnit(number, "E12"));

        assertEquals(new Event.IncidentStatusChanged(number, IncidentStatus.REOPENED, IncidentStatus.DISPATCHED),
                events.get(events.size() - 1));
    }

    @Test
    void anOpenIncidentCannotBeReopened() {
        String number = floor.givenIncident();

        List<Event> events = floor.when(new Command.ReopenIncident(number));

        assertRejected(events, RejectReason.INCIDENT_NOT_CLOSED, number + " is not closed", "incident:" + number);
    }

    @Test
    void anIncidentIsClosedOnlyOnce() {
        String number = floor.givenIncident();
        floor.given(new Command.CloseIncident(number, "UNFOUNDED"));

        List<Event> events = floor.when(new Command.CloseIncident(number, "DUPLICATE"));

        assertRejected(events, RejectReason.INCIDENT_CLOSED, number + " is already closed", "incident:" + number);
        assertEquals("UNFOUNDED", floor.incident(number).disposition());
    }
}
