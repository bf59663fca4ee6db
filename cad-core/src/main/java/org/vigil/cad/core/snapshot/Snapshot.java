package org.vigil.cad.core.snapshot;

import org.vigil.cad.core.engine.EngineState;

/**
 * A restored engine state and the journal index it covers: recovery replays the journal after
 * {@code journalIndex}.
 */
public record Snapshot(long journalIndex, EngineState state) {
}
