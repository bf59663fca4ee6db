package org.vigil.cad.core.recovery;

/** Told how far a replay has come, e.g. to draw a progress bar. */
@FunctionalInterface
public interface ReplayProgress {
    ReplayProgress NONE = (replayed, lastIndex) -> { };

    void replayed(long eventCount, long lastIndex);
}
