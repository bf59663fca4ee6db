package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.vigil.cad.core.engine.EventAssertions.assertEvents;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.Event;

/** Status timers warn once per status entry, driven only by Tick commands and the time stamped on them. */
class StatusTimerTest {
    private static final long THREE_MINUTES = Duration.ofMinutes(3).toNanos() / 1_000;
    private static final long FIFTEEN_MINUTES = Duration.ofMinutes(15).toNanos() / 1_000;

    private final EngineScenario floor = new EngineScenario();

    @Test
    void aDispatchedUnitIsNotWarnedAboutOneMicrosecondBeforeItsLimit() {
        floor.givenUnit("E12");
        floor.givenAssigned("E12", floor.givenIncident());

        floor.after(Duration.ofMinutes(3).minusNanos(1_000));

        assertEquals(List.of(), floor.when(new Command.Tick()));
        assertEquals(THREE_MINUTES - 1, floor.nowMicros() - floor.unit("E12").statusSinceMicros());
    }

    @Test
    void aDispatchedUnitIsWarnedAtItsLimitAndOnlyOnce() {
        floor.givenUnit("E12");
        String number = floor.givenIncident();
        floor.givenAssigned("E12", number);

        floor.after(Duration.ofMinutes(3));
        assertEvents(floor.when(new Command.Tick()),
                new Event.UnitTimerExpired("E12", UnitStatus.DISPATCHED, number, THREE_MINUTES));

        floor.after(Duration.ofMinutes(10));
        assertEquals(List.of(), floor.when(new Command.Tick()), "the warning fires once per status entry");
    }

    @Test
    void aNewStatusStartsItsOwnTimer() {
        floor.givenUnit("E12");
        String number = floor.givenIncident();
        floor.givenAssigned("E12", number);
        floor.after(Duration.ofMinutes(4)).given(new Command.Tick());
        floor.givenStatus("E12", UnitStatus.ENROUTE);

        floor.after(Duration.ofMinutes(14));
        assertEquals(List.of(), floor.when(new Command.Tick()));

        floor.after(Duration.ofMinutes(1));
        assertEvents(floor.when(new Command.Tick()),
                new Event.UnitTimerExpired("E12", UnitStatus.ENROUTE, number, FIFTEEN_MINUTES));
    }

    @Test
    void reenteringAStatusArmsItsTimerAgain() {
        floor.givenUnit("E12");
        String first = floor.givenIncident();
        floor.givenAssigned("E12", first);
        floor.after(Duration.ofMinutes(3)).given(new Command.Tick());
        floor.givenStatus("E12", UnitStatus.AVAILABLE);
        String second = floor.givenIncident();
        floor.givenAssigned("E12", second);

        floor.after(Duration.ofMinutes(3));

        assertEvents(floor.when(new Command.Tick()),
                new Event.UnitTimerExpired("E12", UnitStatus.DISPATCHED, second, THREE_MINUTES));
    }

    @Test
    void anAvailableUnitHasNoTimer() {
        floor.givenUnit("E12");

        floor.after(Duration.ofDays(3));

        assertEquals(List.of(), floor.when(new Command.Tick()));
        assertFalse(floor.unit("E12").statusTimerFired());
    }

    @Test
    void aTimerForTheUnitTypeComesBeforeTheCatchAll() {
        long tenMinutes = Duration.ofMinutes(10).toNanos() / 1_000;
        long twentyMinutes = Duration.ofMinutes(20).toNanos() / 1_000;
        EngineScenario medicFloor = new EngineScenario(new EngineConfig(ZoneId.of("UTC"), List.of(
                new StatusTimer(UnitStatus.ONSCENE, "MEDIC", tenMinutes),
                new StatusTimer(UnitStatus.ONSCENE, StatusTimer.ANY_TYPE, twentyMinutes))));
        medicFloor.givenUnit("M7", "MEDIC", "EMS", "ST7", 37.77, -122.42);
        String number = medicFloor.givenIncident();
        medicFloor.givenAssigned("M7", number);
        medicFloor.givenUnit("E12");
        medicFloor.givenAssigned("E12", number);
        medicFloor.givenStatus("M7", UnitStatus.ONSCENE);
        medicFloor.givenStatus("E12", UnitStatus.ONSCENE);

        medicFloor.after(Duration.ofMinutes(10));
        assertEvents(medicFloor.when(new Command.Tick()),
                new Event.UnitTimerExpired("M7", UnitStatus.ONSCENE, number, tenMinutes));

        medicFloor.after(Duration.ofMinutes(10));
        assertEvents(medicFloor.when(new Command.Tick()),
                new Event.UnitTimerExpired("E12", UnitStatus.ONSCENE, number, twentyMinutes));
    }
}
