package org.vigil.cad.core.recovery;

import org.vigil.cad.core.engine.DispatchEngine;

/**
 * An engine rebuilt at start-up.
 *
 * @param engine           ready to take commands
 * @param lastIndex        the last journal index applied, or -1 for an empty journal
 * @param snapshotIndex    the index the snapshot covered, or -1 when replay started from the beginning
 * @param replayedEvents   journal events applied after the snapshot
 */
public record RecoveredEngine(DispatchEngine engine, long lastIndex, long snapshotIndex, long replayedEvents) {
}
