package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/**
 * A bug inside the engine must not stop the ring: the command is refused as INTERNAL_ERROR, events
 * already applied stay in the sink for the journal, and the next command is decided as usual.
 */
class EngineFailureTest {
    private final EngineScenario floor = new EngineScenario();

    /** An incident whose assigned list names a unit the board does not know, as a damaged snapshot could leave it. */
    private String incidentWithAGhostUnitAfter(String realUnit) {
        String number = floor.givenIncident();
        floor.givenUnit(realUnit);
        floor.givenAssigned(realUnit, number);
        floor.engine().apply(new Event.UnitAssigned(number, "GHOST"), floor.nowMicros());
        return number;
    }

    @Test
    void eventsAppliedBeforeTheFailureStayInTheSinkAheadOfTheRejection() {
        String number = incidentWithAGhostUnitAfter("E12");

        List<Event> events = floor.whenEngineFails(new Command.CloseIncident(number, "FIRE OUT"));

        assertEquals(2, events.size(), () -> "the released unit, then the refusal: " + events);
        assertEquals(new Event.UnitStatusChanged("E12", UnitStatus.DISPATCHED, UnitStatus.AVAILABLE, null, false),
                events.get(0));
        Event.CommandRejected rejected = assertInstanceOf(Event.CommandRejected.class, events.get(1));
        assertEquals(RejectReason.INTERNAL_ERROR, rejected.reason());
        assertEquals("CloseIncident", rejected.command());
        assertTrue(rejected.detail().startsWith("NullPointerException"), rejected::detail);
        assertEquals(UnitStatus.AVAILABLE, floor.unit("E12").status(), "the applied event changed the state");
    }

    @Test
    void theFailureIsRethrownWithTheCommandNameAndItsCause() {
        String number = incidentWithAGhostUnitAfter("E12");
        List<Event> sink = new ArrayList<>();

        EngineFailure failure = assertThrows(EngineFailure.class, () -> floor.engine().decide(
                new Command.CloseIncident(number, "FIRE OUT"), floor.nowMicros(), "op", "pos", sink::add));

        assertEquals("engine failed on CloseIncident", failure.getMessage());
        assertInstanceOf(NullPointerException.class, failure.getCause());
        assertEquals(1, floor.engine().state().rejectedCommands());
    }

    @Test
    void theNextCommandIsDecidedAsUsual() {
        String number = incidentWithAGhostUnitAfter("E12");
        floor.whenEngineFails(new Command.CloseIncident(number, "FIRE OUT"));

        List<Event> events = floor.when(new Command.AddNarrative(number, "ghost unit reported to the supervisor"));

        assertEquals(List.of(new Event.NarrativeAdded(number, EngineScenario.OPERATOR,
                "ghost unit reported to the supervisor")), events);
    }
}
