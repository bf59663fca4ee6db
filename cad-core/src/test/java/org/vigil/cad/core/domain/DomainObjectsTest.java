package org.vigil.cad.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The few rules the domain objects keep on their own, apart from the engine. */
class DomainObjectsTest {

    @Test
    void releasingAUnitRemovesItByIdAndKeepsTheOthersInAssignmentOrder() {
        Incident incident = new Incident("26-000001", "FIRE", 2, Location.ofAddress("600 Market St"), 0);
        incident.assign("E12");
        incident.assign("T3");
        incident.assign("M7");

        incident.release("T3");

        assertEquals(List.of("E12", "M7"), incident.assignedUnitIds());
    }

    @Test
    void reopeningClearsTheDisposition() {
        Incident incident = new Incident("26-000001", "FIRE", 2, Location.ofAddress("600 Market St"), 0);
        incident.close("FIRE OUT");

        incident.reopen();

        assertEquals(IncidentStatus.REOPENED, incident.status());
        assertEquals("", incident.disposition());
    }

    @Test
    void aCallWithoutALocationIsAtTheUnknownLocationAndItsHistoryIsReadOnly() {
        Call call = new Call(1, CallSource.EMERGENCY_911, "4155550123", "", "WPH2", "", Map.of(), 0);

        assertEquals(Location.UNKNOWN, call.currentLocation());
        assertNull(call.incidentNumber());
        assertThrows(UnsupportedOperationException.class,
                () -> call.locations().add(new LocationVersion(1, Location.UNKNOWN)));
    }

    @Test
    void aNewStatusRearmsTheUnitsTimer() {
        Unit unit = new Unit("E12", "ENGINE", "FIRE", "ST12", 37.77, -122.42, 100);
        unit.moveTo(UnitStatus.DISPATCHED, "26-000001", 200);
        unit.markStatusTimerFired();

        unit.moveTo(UnitStatus.ENROUTE, "26-000001", 300);

        assertFalse(unit.statusTimerFired());
        assertEquals(300, unit.statusSinceMicros());
        assertTrue(Double.isNaN(unit.latitude()), "no AVL fix yet");
    }
}
