package org.vigil.cad.server;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.cad.core.engine.EngineConfig;
import org.vigil.cad.core.journal.ChronicleJournal;
import org.vigil.cad.core.recovery.RecoveredEngine;
import org.vigil.cad.core.recovery.Recovery;
import org.vigil.cad.core.snapshot.Snapshot;
import org.vigil.cad.core.snapshot.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cad replay}: rebuilds the state from a journal, offline, and prints its hash. */
@Command(name = "replay", description = "Rebuild the state from a journal and print the event count, rate and state hash.")
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Option(names = "--from-snapshot", description = "Start from the newest valid snapshot instead of the journal's first event.")
    boolean fromSnapshot;

    @Override
    public Integer call() throws Exception {
        DataDirectory directory = data.directory();
        if (!directory.hasJournal()) {
            throw new IllegalArgumentException("no journal in " + directory.root());
        }
        EngineConfig config = EngineSettings.load(directory);
        PrintWriter out = spec.commandLine().getOut();
        try (ChronicleJournal journal = ChronicleJournal.builder(directory.journal()).open()) {
            Optional<Snapshot> snapshot = fromSnapshot
                    ? new SnapshotStore(directory.snapshots()).loadNewestValid()
                    : Optional.empty();
            ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), journal.countAfter(
                    snapshot.map(Snapshot::journalIndex).orElse(ChronicleJournal.NO_INDEX)));
            long started = System.nanoTime();
            RecoveredEngine recovered = Recovery.recover(config, snapshot, journal, (count, index) -> bar.update(count));
            double seconds = (System.nanoTime() - started) / 1e9;
            bar.finish(recovered.replayedEvents());
            out.printf("replayed %,d events in %.2f s (%,.0f events/s)%s%n", recovered.replayedEvents(), seconds,
                    recovered.replayedEvents() / Math.max(seconds, 1e-9),
                    snapshot.isPresent() ? " after the snapshot at " + recovered.snapshotIndex() : "");
            out.printf("last journal index: %d%n", recovered.lastIndex());
            out.printf("state hash: %s%n", HashFormat.hex(recovered.engine().stateHash()));
        }
        return 0;
    }
}
