package org.vigil.cad.core.journal;

import org.vigil.cad.core.event.Event;

/**
 * The append-only audit trail every event passes through before anyone outside the engine sees it.
 * Appends come from one thread only, the pipeline's journal stage.
 */
public interface Journal extends AutoCloseable {

    /** Appends one event and returns its journal index; indexes only grow. */
    long append(long atMicros, String operator, String position, Event event);

    /** Called at the end of each ring batch: in {@link Durability#SYNC} mode the batch is forced to disk here. */
    void endOfBatch();

    /** The index of the last event appended or found on disk, or {@link #NO_INDEX} when the journal is empty. */
    long lastIndex();

    /** A reader positioned after {@code afterIndex} ({@link #NO_INDEX} for the start). */
    JournalReader readAfter(long afterIndex);

    @Override
    void close();

    long NO_INDEX = -1;
}
