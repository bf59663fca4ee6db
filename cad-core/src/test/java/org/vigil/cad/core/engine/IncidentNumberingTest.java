package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.cad.core.engine.EventAssertions.assertRejected;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.IncidentNumbers;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** Incident numbers are YY-NNNNNN, counted per year of the PSAP's own calendar. */
class IncidentNumberingTest {
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void numbersCountUpWithinAYear() {
        EngineScenario floor = new EngineScenario();

        assertEquals("26-000001", floor.givenIncident());
        assertEquals("26-000002", floor.givenIncident());
        assertEquals("26-000003", floor.givenIncident());
    }

    @Test
    void theSequenceStartsAgainAtTheFirstMicrosecondOfTheNewYear() {
        EngineScenario floor = new EngineScenario();
        floor.at("2026-12-31T10:00:00Z").givenIncident();
        floor.givenIncident();

        assertEquals("26-000003", floor.at("2026-12-31T23:59:59.999999Z").givenIncident());
        assertEquals("27-000001", floor.at("2027-01-01T00:00:00Z").givenIncident());
        assertEquals("27-000002", floor.givenIncident());
    }

    @Test
    void theYearIsTheLocalYearOfTheConfiguredZone() {
        EngineScenario floor = new EngineScenario(EngineConfig.defaults().withZone(LOS_ANGELES));
        floor.at("2026-12-31T23:00:00Z").givenIncident();

        // 05:00 UTC on New Year's Day is still 21:00 on New Year's Eve in Los Angeles.
        assertEquals("26-000002", floor.at("2027-01-01T05:00:00Z").givenIncident());
        assertEquals("26-000003", floor.at("2027-01-01T07:59:59.999999Z").givenIncident());
        assertEquals("27-000001", floor.at("2027-01-01T08:00:00Z").givenIncident());
    }

    @Test
    void theCreatedEventCarriesTheYearAndSequenceSoReplayKeepsCounting() {
        EngineScenario floor = new EngineScenario(EngineConfig.defaults().withZone(LOS_ANGELES));
        floor.at("2027-01-01T05:00:00Z");

        List<Event> events = floor.when(new Command.CreateIncident(0, "ALARM", 3, Location.ofAddress("City Hall"), ""));

        Event.IncidentCreated created = EngineScenario.only(events, Event.IncidentCreated.class);
        assertEquals(2026, created.year());
        assertEquals(1, created.sequence());
    }

    @Test
    void aStampSteppingBackOverNewYearNeverReissuesANumber() {
        EngineScenario floor = new EngineScenario();
        floor.givenUnit("E12");
        String lastOf2026 = floor.at("2026-12-31T12:00:00Z").givenIncident();
        floor.givenAssigned("E12", lastOf2026);
        floor.at("2027-01-01T00:00:00.500Z").givenIncident();

        String afterStepBack = floor.at("2026-12-31T23:59:59.900Z").givenIncident();

        assertEquals("27-000002", afterStepBack, "numbering stays in the newest year it has used");
        assertEquals(List.of("E12"), floor.incident(lastOf2026).assignedUnitIds(), "the 2026 incident is intact");
        assertEquals(3, floor.engine().state().incidents().size());
    }

    @Test
    void theMillionthIncidentOfAYearIsRefusedAndTheNextYearStartsAfresh() {
        EngineScenario floor = new EngineScenario();
        floor.at("2026-12-31T12:00:00Z");
        floor.engine().apply(new Event.IncidentCreated(IncidentNumbers.format(2026, IncidentNumbers.MAX_SEQUENCE), 2026,
                IncidentNumbers.MAX_SEQUENCE, 0, "ALARM", 3, Location.ofAddress("City Hall")), floor.nowMicros());

        List<Event> events = floor.when(new Command.CreateIncident(0, "ALARM", 3, Location.ofAddress("City Hall"), ""));

        assertRejected(events, RejectReason.NUMBERING_EXHAUSTED, "no incident numbers left for 2026", "");
        assertEquals("27-000001", floor.at("2027-01-01T00:00:00Z").givenIncident());
    }
}
