package org.vigil.cad.core.journal;

/** Reads journaled events in order. Not thread-safe: one reader per thread. */
public interface JournalReader extends AutoCloseable {

    /** The next event, or null when there is none (yet). */
    JournaledEvent next();

    @Override
    void close();
}
