package org.vigil.cad.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.engine.ReferenceDispatchModel.Outcome;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.event.RejectReason;

/**
 * A million generated commands, fed to the engine and to the naive reference model: after every one the
 * outcome, the touched entities and the floor invariants must agree; every 100,000 the whole floor must
 * agree, and a replica rebuilt only from the journaled events must hash the same as the engine.
 * Run another seed with {@code -Dvigil.reference.seed=N}.
 */
class ReferenceModelComparisonTest {
    private static final int COMMANDS = 1_000_000;
    private static final int WHOLE_FLOOR_EVERY = 100_000;
    private static final ZoneId PSAP_ZONE = ZoneId.of("America/Los_Angeles");
    private static final String OPERATOR = "disp.kowalski";
    private static final String POSITION = "DISP-3";
    /** The default timers as the dispatch floor knows them, stated independently of EngineConfig. */
    private static final Map<UnitStatus, Long> DEFAULT_TIMERS = Map.of(
            UnitStatus.DISPATCHED, minutes(3), UnitStatus.ENROUTE, minutes(15),
            UnitStatus.ONSCENE, minutes(20), UnitStatus.ATHOSPITAL, minutes(30));
    /** Reasons that need a damaged state or a million incidents in a year; scenario tests provoke those. */
    private static final Set<RejectReason> NOT_GENERATED = EnumSet.of(RejectReason.NUMBERING_EXHAUSTED,
            RejectReason.INTERNAL_ERROR);

    private final long seed = Long.getLong("vigil.reference.seed", 0x911_2026L);
    private final EngineConfig config = EngineConfig.defaults().withZone(PSAP_ZONE);
    private final DispatchEngine engine = new DispatchEngine(config);
    private final DispatchEngine replica = new DispatchEngine(config);
    private final ReferenceDispatchModel model = new ReferenceDispatchModel(PSAP_ZONE, DEFAULT_TIMERS);
    private final ModelComparison comparison = new ModelComparison(engine.state(), model);
    private final ReplayLog journal = new ReplayLog();
    private final Map<RejectReason, Integer> refusals = new EnumMap<>(RejectReason.class);
    private final Map<Class<?>, Integer> accepted = new HashMap<>();
    private int overridesAccepted;

    @Test
    void engineAgreesWithTheReferenceModelAfterEveryCommandAndReplaysToTheSameState() {
        PlausibleCommandGenerator commands = new PlausibleCommandGenerator(seed, model,
                EngineScenario.micros("2026-09-15T12:00:00Z"));
        List<Event> emitted = new ArrayList<>();
        for (int step = 1; step <= COMMANDS; step++) {
            Command command = commands.next();
            long atMicros = commands.nowMicros();
            Supplier<String> where = where(step, command, atMicros);
            emitted.clear();
            comparison.noteTouchedBy(command);
            Outcome expected = model.decide(command, atMicros, OPERATOR, POSITION);
            decide(command, atMicros, emitted, where);
            emitted.forEach(event -> journal.record(event, atMicros));
            comparison.compareOutcome(expected, emitted, where);
            comparison.compareTouched(emitted, where);
            engine.state().units().forEach(unit -> FloorInvariants.checkUnit(unit, engine.state(), where));
            tally(command, expected, emitted);
            if (step % WHOLE_FLOOR_EVERY == 0) {
                comparison.compareWholeFloor(where);
                journal.replayInto(replica);
                assertEquals(engine.stateHash(), replica.stateHash(), () -> where.get() + ": replayed state hash");
            }
        }
        assertTheRunCoveredTheFloor();
    }

    private void decide(Command command, long atMicros, List<Event> emitted, Supplier<String> where) {
        try {
            engine.decide(command, atMicros, OPERATOR, POSITION, emitted::add);
        } catch (EngineFailure failure) {
            fail(where.get() + ": the engine failed on a generated command", failure);
        }
    }

    private void tally(Command command, Outcome expected, List<Event> emitted) {
        if (expected.accepted()) {
            accepted.merge(command.getClass(), 1, Integer::sum);
            for (Event event : emitted) {
                accepted.merge(event.getClass(), 1, Integer::sum);
                if (event instanceof Event.UnitStatusChanged e && e.override()) {
                    overridesAccepted++;
                }
            }
        } else {
            refusals.merge(expected.reason(), 1, Integer::sum);
        }
    }

    /** A run that never reached a rule proves nothing about it, so the stream must reach them all. */
    private void assertTheRunCoveredTheFloor() {
        for (RejectReason reason : RejectReason.values()) {
            if (!NOT_GENERATED.contains(reason)) {
                assertTrue(refusals.getOrDefault(reason, 0) > 0, () -> "seed " + seed + " never provoked " + reason);
            }
        }
        for (Class<?> type : Command.class.getPermittedSubclasses()) {
            assertTrue(accepted.getOrDefault(type, 0) > 0, () -> "seed " + seed + " never had an accepted " + type);
        }
        for (Class<?> type : List.of(Event.UnitTimerExpired.class, Event.IncidentStatusChanged.class)) {
            assertTrue(accepted.getOrDefault(type, 0) > 100, () -> "seed " + seed + " too few " + type + ": " + accepted);
        }
        assertTrue(overridesAccepted > 100, () -> "seed " + seed + " too few overrides: " + overridesAccepted);
        assertTrue(journal.recorded() > COMMANDS, () -> "seed " + seed + " journaled only " + journal.recorded());
        List<String> numbers = model.incidentNumbers();
        assertTrue(numbers.contains("26-000001") && numbers.contains("27-000001"),
                () -> "seed " + seed + " did not cross New Year in " + PSAP_ZONE);
    }

    private Supplier<String> where(int step, Command command, long atMicros) {
        return () -> "seed " + seed + ", step " + step + ", at " + atMicros + "us, " + command;
    }

    private static long minutes(long count) {
        return Duration.ofMinutes(count).toNanos() / 1_000;
    }
}
