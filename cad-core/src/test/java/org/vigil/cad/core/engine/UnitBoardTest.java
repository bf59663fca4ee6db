package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.vigil.cad.core.engine.EventAssertions.assertAccepted;
import static org.vigil.cad.core.engine.EventAssertions.assertEvents;
import static org.vigil.cad.core.engine.EventAssertions.assertRejected;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.Unit;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/** Putting units on the board and tracking them by AVL. */
class UnitBoardTest {
    private final EngineScenario floor = new EngineScenario();

    @Test
    void aRegisteredUnitIsAvailableAtItsStationWithNoIncident() {
        List<Event> events = floor.when(new Command.RegisterUnit("M7", "MEDIC", null, null, 37.77, -122.42));

        assertEvents(events, new Event.UnitRegistered("M7", "MEDIC", "", "", 37.77, -122.42));
        Unit unit = floor.unit("M7");
        assertEquals(UnitStatus.AVAILABLE, unit.status());
        assertNull(unit.incidentNumber());
        assertEquals(floor.nowMicros(), unit.statusSinceMicros());
        assertEquals(Long.MIN_VALUE, unit.positionAtMicros(), "no AVL fix yet");
    }

    @Test
    void aUnitWithoutAHomePositionMayBeRegistered() {
        List<Event> events = floor.when(new Command.RegisterUnit("1A23", "PATROL", "SFPD", "MISSION", Double.NaN,
                Double.NaN));

        assertAccepted(events);
        assertEquals(UnitStatus.AVAILABLE, floor.unit("1A23").status());
    }

    @Test
    void aUnitWithoutAnIdIsRefused() {
        List<Event> events = floor.when(new Command.RegisterUnit(null, "ENGINE", "FIRE", "ST1", 37.7, -122.4));

        assertRejected(events, RejectReason.INVALID_INPUT, "a unit needs an id and a type", "");
    }

    @ParameterizedTest
    @CsvSource({"91, 0", "0, 181", "NaN, -122.4", "-90.000001, 0"})
    void aHomePositionOutOfRangeIsRefused(double latitude, double longitude) {
        List<Event> events = floor.when(new Command.RegisterUnit("E12", "ENGINE", "FIRE", "ST12", latitude, longitude));

        assertRejected(events, RejectReason.INVALID_INPUT, "home position out of range", "unit:E12");
        assertNull(floor.unit("E12"));
    }

    @Test
    void anAvlFixMovesTheUnitAndRecordsWhen() {
        floor.givenUnit("E12");
        floor.after(Duration.ofSeconds(30));

        List<Event> events = floor.when(new Command.UpdateUnitPosition("E12", 37.7801, -122.4101));

        assertEvents(events, new Event.UnitPositionUpdated("E12", 37.7801, -122.4101));
        Unit unit = floor.unit("E12");
        assertEquals(37.7801, unit.latitude());
        assertEquals(-122.4101, unit.longitude());
        assertEquals(floor.nowMicros(), unit.positionAtMicros());
    }

    @ParameterizedTest
    @CsvSource({"90.5, 0", "0, -180.5", "NaN, NaN", "Infinity, 0"})
    void anAvlFixOutOfRangeIsRefused(double latitude, double longitude) {
        floor.givenUnit("E12");

        List<Event> events = floor.when(new Command.UpdateUnitPosition("E12", latitude, longitude));

        assertRejected(events, RejectReason.INVALID_INPUT, "position out of range", "unit:E12");
        assertEquals(Long.MIN_VALUE, floor.unit("E12").positionAtMicros());
    }

    @Test
    void anAvlFixForAnUnknownUnitIsRefused() {
        List<Event> events = floor.when(new Command.UpdateUnitPosition("E99", 37.78, -122.41));

        assertRejected(events, RejectReason.UNKNOWN_UNIT, "no unit E99", "unit:E99");
    }
}
