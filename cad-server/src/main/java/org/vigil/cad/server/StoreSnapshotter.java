package org.vigil.cad.server;

import org.vigil.cad.core.engine.EngineState;
import org.vigil.cad.core.pipeline.StateSnapshotter;
import org.vigil.cad.core.snapshot.SnapshotCodec;
import org.vigil.cad.core.snapshot.SnapshotStore;

/** Connects the pipeline's snapshot requests to the snapshot files in the data directory. */
final class StoreSnapshotter implements StateSnapshotter {
    private final SnapshotStore store;

    StoreSnapshotter(SnapshotStore store) {
        this.store = store;
    }

    @Override
    public byte[] capture(EngineState state) {
        return SnapshotCodec.payloadOf(state);
    }

    @Override
    public void save(byte[] captured, long journalIndex) {
        if (journalIndex >= 0) {
            store.write(journalIndex, SnapshotCodec.frame(journalIndex, captured));
        }
    }
}
