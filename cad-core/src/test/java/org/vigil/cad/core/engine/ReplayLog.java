package org.vigil.cad.core.engine;

import java.util.Arrays;
import org.vigil.cad.core.event.Event;

/**
 * Every (event, atMicros) pair an engine emitted, in order, as a journal would hold them. Pairs are
 * handed to the replica as they are replayed, so a million-command run does not keep them all at once.
 */
final class ReplayLog {
    private Event[] events = new Event[1 << 16];
    private long[] atMicros = new long[1 << 16];
    private int size;
    private long recorded;

    void record(Event event, long stampMicros) {
        if (size == events.length) {
            events = Arrays.copyOf(events, size * 2);
            atMicros = Arrays.copyOf(atMicros, size * 2);
        }
        events[size] = event;
        atMicros[size] = stampMicros;
        size++;
        recorded++;
    }

    /** Applies every pair not yet replayed, in order, through the replica's recovery path. */
    void replayInto(DispatchEngine replica) {
        for (int i = 0; i < size; i++) {
            replica.apply(events[i], atMicros[i]);
            events[i] = null;
        }
        size = 0;
    }

    long recorded() {
        return recorded;
    }
}
