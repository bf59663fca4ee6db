package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.cad.core.engine.EventAssertions.assertEventTypes;
import static org.vigil.cad.core.engine.EventAssertions.assertRejected;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** What an incident needs to be entered, and the refusals for incident commands on a wrong number. */
class IncidentEntryTest {
    private static final Location CITY_HALL = Location.ofAddress("1 Dr Carlton B Goodlett Pl");

    private final EngineScenario floor = new EngineScenario();

    static Stream<Arguments> incompleteEntries() {
        return Stream.of(
                Arguments.of(new Command.CreateIncident(0, null, 2, CITY_HALL, ""), "an incident needs a type"),
                Arguments.of(new Command.CreateIncident(0, "  ", 2, CITY_HALL, ""), "an incident needs a type"),
                Arguments.of(new Command.CreateIncident(0, "FIRE", 0, CITY_HALL, ""), "priority must be 1 to 9"),
                Arguments.of(new Command.CreateIncident(0, "FIRE", 10, CITY_HALL, ""), "priority must be 1 to 9"),
                Arguments.of(new Command.CreateIncident(0, "FIRE", 2, null, ""), "an incident needs a location"),
                Arguments.of(new Command.CreateIncident(0, "FIRE", 2, Location.UNKNOWN, ""),
                        "an incident needs a location"));
    }

    @ParameterizedTest
    @MethodSource("incompleteEntries")
    void anIncompleteEntryIsRefusedAndUsesNoNumber(Command.CreateIncident entry, String detail) {
        assertRejected(floor.when(entry), RejectReason.INVALID_INPUT, detail, "");

        assertEquals("26-000001", floor.givenIncident(), "a refused entry does not use up a number");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9})
    void bothEndsOfThePriorityScaleAreAccepted(int priority) {
        List<Event> events = floor.when(new Command.CreateIncident(0, "FIRE", priority, CITY_HALL, null));

        assertEventTypes(events, Event.IncidentCreated.class);
        assertEquals(priority, floor.incident("26-000001").priority());
    }

    @Test
    void aPositionAloneIsEnoughLocation() {
        List<Event> events = floor.when(new Command.CreateIncident(0, "TC", 2, Location.ofPoint(37.78, -122.41), ""));

        assertEventTypes(events, Event.IncidentCreated.class);
    }

    @Test
    void aCallAlreadyEnteredCannotStartASecondIncident() {
        long callId = floor.givenAnsweredCall();
        String first = floor.givenIncidentFromCall(callId);

        List<Event> events = floor.when(new Command.CreateIncident(callId, "FIRE", 2, CITY_HALL, ""));

        assertRejected(events, RejectReason.INVALID_INPUT, "call " + callId + " is already on incident " + first,
                "call:" + callId);
    }

    @Test
    void anAbandonedCallCanStillBeEnteredForACallback() {
        long callId = floor.givenCall();
        floor.given(new Command.AbandonCall(callId));

        String number = floor.givenIncidentFromCall(callId);

        assertEquals(number, floor.call(callId).incidentNumber());
    }

    static Stream<Command> commandsOnIncident26000042() {
        return Stream.of(new Command.AddNarrative("26-000042", "x"), new Command.AssignUnit("26-000042", "E12"),
                new Command.CloseIncident("26-000042", "GOA"), new Command.ReopenIncident("26-000042"));
    }

    @ParameterizedTest
    @MethodSource("commandsOnIncident26000042")
    void everyIncidentCommandRefusesAnUnknownNumber(Command command) {
        floor.givenUnit("E12");
        floor.givenIncident();

        assertRejected(floor.when(command), RejectReason.UNKNOWN_INCIDENT, "no incident 26-000042", "incident:26-000042");
    }

    @Test
    void aMissingNumberIsRefusedWithoutASubject() {
        Event.CommandRejected rejected = assertRejected(floor.when(new Command.AddNarrative(null, "x")),
                RejectReason.UNKNOWN_INCIDENT);

        assertEquals("", rejected.subject());
    }

    @Test
    void anEmptyNarrativeLineIsRefused() {
        String number = floor.givenIncident();

        List<Event> events = floor.when(new Command.AddNarrative(number, " \t"));

        assertRejected(events, RejectReason.INVALID_INPUT, "narrative text is empty", "incident:" + number);
        assertTrue(floor.incident(number).narrative().isEmpty());
    }

    @Test
    void closingNeedsADisposition() {
        String number = floor.givenIncident();

        List<Event> events = floor.when(new Command.CloseIncident(number, ""));

        assertRejected(events, RejectReason.INVALID_INPUT, "closing needs a disposition", "incident:" + number);
    }
}
