package org.vigil.cad.core.pipeline;

import java.io.IOException;
import org.vigil.cad.core.engine.EngineState;

/**
 * Takes snapshots without stopping the ring: the state is captured in memory on the engine thread,
 * then saved by the publish stage once the journal holds every event the capture includes.
 */
public interface StateSnapshotter {

    /** On the engine thread: copy the state into bytes. No I/O here. */
    byte[] capture(EngineState state);

    /** After the journal stage: save the capture as covering the journal up to {@code journalIndex}. */
    void save(byte[] captured, long journalIndex) throws IOException;
}
