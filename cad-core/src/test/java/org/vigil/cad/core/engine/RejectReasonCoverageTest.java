package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vigil.cad.core.engine.EventAssertions.assertRejected;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.IncidentNumbers;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/**
 * Every reason the engine can give for a refusal, provoked once, with the words a dispatcher reads.
 * The switch has no default, so a new reason does not compile until it has a scenario here.
 */
class RejectReasonCoverageTest {
    private final EngineScenario floor = new EngineScenario();

    private record Refusal(List<Event> events, String detail, String subject) {
    }

    @ParameterizedTest
    @EnumSource(RejectReason.class)
    void everyReasonComesWithADetailForTheDispatcher(RejectReason reason) {
        Refusal refusal = provoke(reason);

        assertRejected(refusal.events(), reason, refusal.detail(), refusal.subject());
        assertEquals(1, floor.engine().state().rejectedCommands(), "every refusal is counted");
    }

    private Refusal provoke(RejectReason reason) {
        return switch (reason) {
            case INVALID_INPUT -> new Refusal(
                    floor.when(new Command.RegisterUnit("E12", " ", "FIRE", "ST12", Double.NaN, Double.NaN)),
                    "a unit needs an id and a type", "unit:E12");
            case UNKNOWN_UNIT -> {
                String number = floor.givenIncident();
                yield new Refusal(floor.when(new Command.AssignUnit(number, "E99")), "no unit E99",
                        "incident:" + number);
            }
            case UNKNOWN_INCIDENT -> new Refusal(floor.when(new Command.AddNarrative("26-000042", "on my way")),
                    "no incident 26-000042", "incident:26-000042");
            case UNKNOWN_CALL -> new Refusal(floor.when(new Command.CreateIncident(42, "MEDICAL", 1,
                    Location.ofAddress("Pier 39"), "")), "no call 42", "call:42");
            case DUPLICATE_UNIT -> {
                floor.givenUnit("E12");
                yield new Refusal(floor.when(new Command.RegisterUnit("E12", "TRUCK", "FIRE", "ST1", 37.7, -122.4)),
                        "unit E12 already exists", "unit:E12");
            }
            case ILLEGAL_TRANSITION -> {
                floor.givenUnitIn("E12", UnitStatus.ATHOSPITAL);
                yield new Refusal(floor.when(new Command.ChangeUnitStatus("E12", UnitStatus.ONSCENE, false)),
                        "E12 cannot go from ATHOSPITAL to ONSCENE without an override", "unit:E12");
            }
            case UNIT_NOT_AVAILABLE -> {
                floor.givenUnitIn("E12", UnitStatus.DISPATCHED);
                String second = floor.givenIncident();
                yield new Refusal(floor.when(new Command.AssignUnit(second, "E12")), "E12 is DISPATCHED on 26-000001",
                        "incident:" + second);
            }
            case INCIDENT_CLOSED -> {
                String number = floor.givenIncident();
                floor.given(new Command.CloseIncident(number, "GOA"));
                yield new Refusal(floor.when(new Command.CloseIncident(number, "GOA")), number + " is already closed",
                        "incident:" + number);
            }
            case INCIDENT_NOT_CLOSED -> {
                String number = floor.givenIncident();
                yield new Refusal(floor.when(new Command.ReopenIncident(number)), number + " is not closed",
                        "incident:" + number);
            }
            case CALL_NOT_RINGING -> {
                long callId = floor.givenAnsweredCall();
                yield new Refusal(floor.when(new Command.AbandonCall(callId)), "call 1 is ANSWERED", "call:1");
            }
            case CALL_NOT_ANSWERED -> {
                floor.givenCall();
                yield new Refusal(floor.when(new Command.TransferCall(1, "SFFD")), "call 1 is RINGING", "call:1");
            }
            case CALL_ENDED -> {
                long callId = floor.givenAnsweredCall();
                floor.given(new Command.TransferCall(callId, "SFFD"));
                yield new Refusal(floor.when(new Command.UpdateCallLocation(callId, Location.ofAddress("Pier 39"))),
                        "call 1 is TRANSFERRED", "call:1");
            }
            case NUMBERING_EXHAUSTED -> {
                restoreNumbering(IncidentNumbers.MAX_SEQUENCE);
                yield new Refusal(floor.when(anyIncident()), "no incident numbers left for 2026", "");
            }
            case INTERNAL_ERROR -> {
                // A corrupted counter (as a damaged snapshot could leave) makes formatting throw inside the engine.
                restoreNumbering(-5);
                yield new Refusal(floor.whenEngineFails(anyIncident()),
                        "IllegalArgumentException: incident sequence out of range: -4", "");
            }
        };
    }

    private void restoreNumbering(int sequence) {
        floor.engine().state().restoreCounters(1, 2026, sequence, 0);
    }

    private static Command anyIncident() {
        return new Command.CreateIncident(0, "ALARM", 3, Location.ofAddress("City Hall"), "");
    }
}
