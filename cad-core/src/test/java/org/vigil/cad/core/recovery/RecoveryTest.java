package org.vigil.cad.core.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.openhft.chronicle.core.time.SetTimeProvider;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.cad.core.command.Command;
import org.vigil.cad.core.domain.CallSource;
import org.vigil.cad.core.domain.Location;
import org.vigil.cad.core.domain.UnitStatus;
import org.vigil.cad.core.engine.EngineConfig;
import org.vigil.cad.core.engine.EngineState;
import org.vigil.cad.core.event.Event;
import org.vigil.cad.core.gateway.Operator;
import org.vigil.cad.core.journal.ChronicleJournal;
import org.vigil.cad.core.pipeline.CommandPipeline;
import org.vigil.cad.core.pipeline.CommandResult;
import org.vigil.cad.core.pipeline.PipelineConfig;
import org.vigil.cad.core.pipeline.StateSnapshotter;
import org.vigil.cad.core.snapshot.Snapshot;
import org.vigil.cad.core.snapshot.SnapshotCodec;
import org.vigil.cad.core.snapshot.SnapshotStore;
import org.vigil.cad.core.testing.NoLeakedThreadsExtension;
import org.vigil.cad.core.testing.VigilThreads;

/** Stop and start the real pipeline over a real Chronicle Queue, twice, across rolls, with and without snapshots. */
@ExtendWith(NoLeakedThreadsExtension.class)
class RecoveryTest {
    private static final Operator DISPATCHER = new Operator("disp7", "D7");
    private static final long START_MICROS = 1_767_225_600_000_000L; // 2026-01-01T00:00:00Z

    @TempDir
    Path dir;

    private final SetTimeProvider rollClock = new SetTimeProvider(START_MICROS * 1_000);
    private long gatewayMicros = START_MICROS;

    /** A running server, as far as recovery cares: a pipeline over a journal, both closed together. */
    private final class Run implements AutoCloseable {
        final ChronicleJournal journal = ChronicleJournal.builder(dir.resolve("journal"))
                .rollCycle(TestRollCycles.TEST_SECONDLY).timeProvider(rollClock).blockSizeBytes(256 << 10).open();
        final SnapshotStore snapshots = new SnapshotStore(dir.resolve("snapshots"));
        final RecoveredEngine recovered;
        final CommandPipeline pipeline;

        Run(boolean fromSnapshot) {
            Optional<Snapshot> snapshot = fromSnapshot ? snapshots.loadNewestValid() : Optional.empty();
            recovered = Recovery.recover(EngineConfig.defaults(), snapshot, journal, ReplayProgress.NONE);
            pipeline = new CommandPipeline(recovered.engine(), journal, List.of(), snapshotterFor(snapshots),
                    () -> gatewayMicros, PipelineConfig.defaults(), new VigilThreads("recovery"), new SimpleMeterRegistry());
        }

        CommandResult submit(Command command) throws Exception {
            return pipeline.gateway().submit(command, DISPATCHER).get(10, TimeUnit.SECONDS);
        }

        long hash() throws Exception {
            return pipeline.stateHash().get(10, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            pipeline.close();
            journal.close();
        }
    }

    @Test
    void stopStartStopStartRebuildsTheSameStateEachTimeAcrossJournalRolls() throws Exception {
        long before;
        try (Run run = new Run(false)) {
            workShift(run, "A", 20);
            before = run.hash();
        }
        long afterFirst;
        try (Run run = new Run(false)) {
            assertEquals(before, run.recovered.engine().stateHash(), "first restart");
            assertEquals(before, run.hash(), "the pipeline runs on the recovered engine");
            workShift(run, "B", 20);
            afterFirst = run.hash();
            assertNotEquals(before, afterFirst);
        }
        try (Run run = new Run(false)) {
            assertEquals(afterFirst, run.recovered.engine().stateHash(), "second restart");
            assertEquals(afterFirst, run.hash());
            CommandResult next = run.submit(new Command.CreateIncident(0, "MEDICAL", 1, Location.ofAddress("1 MAIN ST"), ""));
            assertTrue(next.accepted(), "numbering goes on after two restarts: " + next);
        }
        assertTrue(cycleFiles() > 1, "the workload spans more than one journal file");
    }

    @Test
    void aSnapshotPlusTheJournalTailRebuildsTheStateAndReplaysOnlyTheTail() throws Exception {
        long snapshotIndex;
        long before;
        int tailEvents;
        try (Run run = new Run(false)) {
            workShift(run, "A", 15);
            snapshotIndex = run.pipeline.snapshot().get(10, TimeUnit.SECONDS);
            assertEquals(run.journal.lastIndex(), snapshotIndex);
            tailEvents = workShift(run, "B", 5);
            before = run.hash();
        }
        try (Run run = new Run(true)) {
            assertEquals(snapshotIndex, run.recovered.snapshotIndex());
            assertEquals(tailEvents, run.recovered.replayedEvents(), "only the events after the snapshot are replayed");
            assertEquals(before, run.recovered.engine().stateHash());
            workShift(run, "C", 3);
            before = run.hash();
        }
        try (Run run = new Run(true)) {
            assertEquals(before, run.recovered.engine().stateHash(), "second restart from the same snapshot plus a longer tail");
        }
        try (Run run = new Run(false)) {
            assertEquals(before, run.recovered.engine().stateHash(), "a full replay agrees with snapshot plus tail");
        }
    }

    @Test
    void aSnapshotBeyondTheEndOfTheJournalIsIgnoredAndTheWholeJournalReplayed() throws Exception {
        long before;
        try (Run run = new Run(false)) {
            workShift(run, "A", 4);
            long snapshotIndex = run.pipeline.snapshot().get(10, TimeUnit.SECONDS);
            workShift(run, "B", 2);
            before = run.hash();
            // A snapshot the journal never reached, as after a power loss that kept the snapshot file only.
            Snapshot saved = run.snapshots.loadNewestValid().orElseThrow();
            run.snapshots.write(run.journal.lastIndex() + 1_000, saved.state());
            assertTrue(snapshotIndex < run.journal.lastIndex());
        }
        try (Run run = new Run(true)) {
            assertEquals(-1, run.recovered.snapshotIndex(), "the unreachable snapshot is not used");
            assertEquals(before, run.recovered.engine().stateHash());
        }
    }

    /** A shift of incidents worked end to end; returns how many events it journaled. */
    private int workShift(Run run, String prefix, int incidents) throws Exception {
        int events = 0;
        for (int u = 0; u < 3; u++) {
            events += accepted(run, new Command.RegisterUnit(prefix + "E" + u, "ENGINE", "FIRE", "ST" + u, 37.7 + u / 100.0, -122.4));
        }
        for (int i = 0; i < incidents; i++) {
            String unit = prefix + "E" + (i % 3);
            String pani = "31555509" + (i % 7);
            CompletableFuture<CommandResult> call = run.pipeline.gateway().submit(new Command.OfferCall(
                    CallSource.EMERGENCY_911, "4155550" + (100 + i), pani, "WPH2", "VERIZON WIRELESS",
                    new Location("", 37.77, -122.44, 30, 90), Map.of("ESN", "0052" + i, "CPF", "VZW"),
                    "\u0002raw ALI " + i + "\u0003"), DISPATCHER);
            CommandResult offered = call.get(10, TimeUnit.SECONDS);
            events += offered.events().size();
            if (offered.events().get(0).event() instanceof Event.CallOffered o) {
                events += accepted(run, new Command.AddCallText(o.callId(), true, "fire on the second floor"));
            }
            CommandResult created = run.submit(new Command.CreateIncident(0, "STRUCTURE FIRE", 2,
                    Location.ofAddress(i + "00 Block of MASONIC AVE"), "smoke showing"));
            events += created.events().size();
            String number = ((Event.IncidentCreated) created.events().get(0).event()).incidentNumber();
            events += accepted(run, new Command.AssignUnit(number, unit));
            events += accepted(run, new Command.ChangeUnitStatus(unit, UnitStatus.ENROUTE, false));
            events += accepted(run, new Command.UpdateUnitPosition(unit, 37.775, -122.445));
            events += accepted(run, new Command.ChangeUnitStatus(unit, UnitStatus.ONSCENE, false));
            events += run.submit(new Command.ChangeUnitStatus(unit, UnitStatus.ATHOSPITAL, false)).events().size();
            events += accepted(run, new Command.CloseIncident(number, "FIRE OUT"));
            advance();
        }
        return events;
    }

    private int accepted(Run run, Command command) throws Exception {
        CommandResult result = run.submit(command);
        assertTrue(result.accepted(), command + " -> " + result);
        return result.events().size();
    }

    /** Moves both clocks on by a second: the gateway's for event times, Chronicle's for file rolls. */
    private void advance() {
        gatewayMicros += 1_000_000;
        rollClock.advanceMillis(1_000);
    }

    private long cycleFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("journal"))) {
            return files.filter(p -> p.toString().endsWith(".cq4")).count();
        }
    }

    static StateSnapshotter snapshotterFor(SnapshotStore store) {
        return new StateSnapshotter() {
            @Override
            public byte[] capture(EngineState state) {
                return SnapshotCodec.payloadOf(state);
            }

            @Override
            public void save(byte[] captured, long journalIndex) {
                store.write(journalIndex, SnapshotCodec.frame(journalIndex, captured));
            }
        };
    }
}
