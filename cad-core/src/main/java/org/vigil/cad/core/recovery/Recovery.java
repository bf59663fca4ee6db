package org.vigil.cad.core.recovery;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.cad.core.engine.DispatchEngine;
import org.vigil.cad.core.engine.EngineConfig;
import org.vigil.cad.core.journal.Journal;
import org.vigil.cad.core.journal.JournalReader;
import org.vigil.cad.core.journal.JournaledEvent;
import org.vigil.cad.core.snapshot.Snapshot;

/**
 * Rebuilds the engine at start-up: the newest valid snapshot, then the journal after it through the
 * engine's apply path (never decide, so a replay cannot decide anything differently).
 */
public final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
    private static final long PROGRESS_EVERY = 1 << 16;

    private Recovery() {
    }

    public static RecoveredEngine recover(EngineConfig config, Optional<Snapshot> snapshot, Journal journal,
                                          ReplayProgress progress) {
        Optional<Snapshot> usable = snapshot.filter(s -> journalHolds(journal, s.journalIndex()));
        DispatchEngine engine = usable.map(s -> new DispatchEngine(config, s.state()))
                .orElseGet(() -> new DispatchEngine(config));
        long snapshotIndex = usable.map(Snapshot::journalIndex).orElse(Journal.NO_INDEX);
        long lastIndex = snapshotIndex;
        long replayed = 0;
        try (JournalReader reader = journal.readAfter(snapshotIndex)) {
            for (JournaledEvent e = reader.next(); e != null; e = reader.next()) {
                engine.apply(e.event(), e.atMicros());
                lastIndex = e.index();
                if (++replayed % PROGRESS_EVERY == 0) {
                    progress.replayed(replayed, lastIndex);
                }
            }
        }
        progress.replayed(replayed, lastIndex);
        return new RecoveredEngine(engine, lastIndex, snapshotIndex, replayed);
    }

    /**
     * A snapshot is only good with the journal it was taken from. After a power loss in page-cache mode
     * the journal can end before a (forced) snapshot's index; then the whole journal is replayed instead.
     */
    private static boolean journalHolds(Journal journal, long index) {
        try (JournalReader ignored = journal.readAfter(index)) {
            return true;
        } catch (IllegalArgumentException e) {
            LOG.warn("ignoring the snapshot at journal index {}: {}; replaying the whole journal", index, e.getMessage());
            return false;
        }
    }
}
